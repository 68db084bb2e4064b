namespace GovReportDocs;

/// <summary>What an output is called and how it is served.</summary>
/// <param name="Id">The short lower-case name a user types (<c>--format pdf</c>) and the web address carries (<c>/download/pdf</c>).</param>
/// <param name="Extension">The file name's extension with its dot (<c>.pdf</c>).</param>
/// <param name="MediaType">The media type a download is served as.</param>
/// <param name="Name">The Chinese name buttons and messages show (<c>下载 PDF</c>).</param>
/// <param name="Purpose">What it is for, in Chinese, for help texts (<c>供发布</c>).</param>
public sealed record OutputFormat(string Id, string Extension, string MediaType, string Name, string Purpose)
{
    /// <summary>Whether <c>--format all</c> writes it (the workbook of the tables is asked for by name only).</summary>
    public bool InAll { get; init; } = true;
}

/// <summary>What a writer wrote: the file's bytes and what the reader of the command's output should be warned of.</summary>
/// <param name="Bytes">The whole file.</param>
public sealed record ReportOutput(byte[] Bytes)
{
    /// <summary>Warnings in Chinese, e.g. characters a PDF font lacks (without the leading 警告).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
