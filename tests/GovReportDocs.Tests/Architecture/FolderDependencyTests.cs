using System.Text.RegularExpressions;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Architecture;

/// <summary>The folders of the core library form layers: none uses a folder that uses it back.</summary>
public partial class FolderDependencyTests
{
    private static readonly string Source = Path.Combine(RepoPaths.Root, "src", "GovReportDocs");

    private static readonly Lazy<string[]> RootTypes = new(() => Directory.EnumerateFiles(Source, "*.cs")
        .SelectMany(f => TypeDeclaration().Matches(File.ReadAllText(f)).Select(m => m.Groups["name"].Value))
        .ToArray());

    /// <summary>Folder → the folders its files name (by using directive or qualified name); "(root)" is the front door.</summary>
    private static Dictionary<string, HashSet<string>> Uses()
    {
        var folders = Directory.GetDirectories(Source).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToHashSet()!;
        var graph = new Dictionary<string, HashSet<string>>();
        foreach (var file in Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Source, file).Split(Path.DirectorySeparatorChar);
            if (relative[0] is "bin" or "obj")
            {
                continue;
            }

            var folder = relative.Length == 1 ? "(root)" : relative[0];
            var uses = graph.TryGetValue(folder, out var set) ? set : graph[folder] = [];
            var text = File.ReadAllText(file);
            if (folder != "(root)" && RootTypes.Value.Any(type => Regex.IsMatch(text, $@"(?<![.\w]){type}(?=[.(<]|\?\s+\w|\s+[a-z_]\w*\s*[=;,)])")))
            {
                // The front door's namespace encloses every other, so its types need no using directive.
                uses.Add("(root)");
            }

            foreach (Match match in Reference().Matches(text))
            {
                var used = match.Groups["folder"].Value;
                if (folders.Contains(used) && used != folder)
                {
                    uses.Add(used);
                }
            }
        }

        return graph;
    }

    [Fact]
    public void No_folder_depends_on_a_folder_that_depends_on_it()
    {
        var graph = Uses();
        foreach (var (folder, uses) in graph)
        {
            foreach (var used in uses)
            {
                Reachable(graph, used).ShouldNotContain(folder, $"{folder} → {used} → … → {folder}");
            }
        }
    }

    [Fact]
    public void The_lower_layers_use_no_reader_input_or_front_door()
    {
        var graph = Uses();
        graph["Model"].ShouldBeEmpty();
        graph["NationalFormat"].ShouldBe(["Model"], ignoreOrder: true);
        graph["Validation"].ShouldNotContain("Reading");
        graph["Validation"].ShouldNotContain("Input");
        graph["Narrative"].ShouldNotContain("Input");
        foreach (var folder in graph.Keys.Where(f => f != "(root)"))
        {
            graph[folder].ShouldNotContain("(root)");
        }
    }

    /// <summary>The reader's stages in order; the report (the folder's root files) comes last.</summary>
    private static readonly string[] ReadingStages = ["Lines", "Tables", "Structure", "Sources", "(report)"];

    [Fact]
    public void The_reader_s_stages_use_only_earlier_stages()
    {
        var reading = Path.Combine(Source, "Reading");
        var files = Directory.EnumerateFiles(reading, "*.cs", SearchOption.AllDirectories).ToList();
        string StageOf(string file) => Path.GetRelativePath(reading, file).Split(Path.DirectorySeparatorChar) is { Length: > 1 } parts ? parts[0] : "(report)";

        files.Select(StageOf).Distinct().ShouldBe(ReadingStages, ignoreOrder: true, "a new folder of Reading/ takes its place among the stages here");
        var reportTypes = files.Where(f => StageOf(f) == "(report)")
            .SelectMany(f => TypeDeclaration().Matches(File.ReadAllText(f)).Select(m => m.Groups["name"].Value)).ToArray();
        foreach (var file in files)
        {
            var stage = StageOf(file);
            var code = Comment().Replace(File.ReadAllText(file), "");
            var used = ReadingStage().Matches(code).Select(m => m.Groups["stage"].Value).Where(ReadingStages.Contains).ToHashSet();
            if (reportTypes.Any(type => Regex.IsMatch(code, $@"(?<![.\w]){type}\b")))
            {
                // The root's types are in an enclosing namespace: every stage sees them without a using directive.
                used.Add("(report)");
            }

            foreach (var later in used.Where(u => Array.IndexOf(ReadingStages, u) > Array.IndexOf(ReadingStages, stage)))
            {
                Assert.Fail($"{Path.GetRelativePath(reading, file)}（{stage}）用到了后面的阶段 {later}");
            }
        }
    }

    private static HashSet<string> Reachable(Dictionary<string, HashSet<string>> graph, string start)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<string>([start]);
        while (stack.TryPop(out var folder))
        {
            if (seen.Add(folder) && graph.TryGetValue(folder, out var next))
            {
                foreach (var used in next)
                {
                    stack.Push(used);
                }
            }
        }

        return seen;
    }

    [GeneratedRegex(@"^(?:public|internal) (?:static |sealed |abstract |partial )*(?:class|record|interface|enum) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"GovReportDocs\.(?<folder>[A-Z][A-Za-z]+)\b")]
    private static partial Regex Reference();

    [GeneratedRegex(@"GovReportDocs\.Reading\.(?<stage>[A-Z][A-Za-z]+)\b")]
    private static partial Regex ReadingStage();

    [GeneratedRegex(@"//.*")]
    private static partial Regex Comment();
}
