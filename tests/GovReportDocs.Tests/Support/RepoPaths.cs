namespace GovReportDocs.Tests.Support;

/// <summary>Finds the repository from the test binaries, so tests use the bundled samples and nothing outside the repo.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample(string name) => Path.Combine(Samples, name);

    /// <summary>Test data kept beside the tests that use it.</summary>
    public static string TestData(string folder, string name) => Path.Combine(Root, "tests", "GovReportDocs.Tests", folder, "Data", name);

    /// <summary>The folder of real published reports the reader is tested on (Reading/Corpus).</summary>
    public static string CorpusFolder => Path.Combine(Root, "tests", "GovReportDocs.Tests", "Reading", "Corpus");

    /// <summary>One report of the reading corpus.</summary>
    public static string Corpus(string name) => Path.Combine(CorpusFolder, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovReportDocs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GovReportDocs.sln not found above " + AppContext.BaseDirectory);
    }
}
