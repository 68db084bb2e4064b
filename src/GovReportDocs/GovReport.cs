using GovReportDocs.Files;
using GovReportDocs.Input;
using GovReportDocs.Ledger;
using GovReportDocs.Model;
using GovReportDocs.Reading;

namespace GovReportDocs;

/// <summary>
/// The front door of GovReportDocs: read an input file (or build a report in code), check it against every rule
/// that applies and render it; read and check a published report; start next year's report from last year's.
/// Every method is thread-safe. Files are opened only where a method says so.
/// </summary>
/// <example>
/// <code>
/// var document = GovReport.Load("盘州市-2024.yaml");
/// foreach (var finding in document.Diagnostics) Console.WriteLine(finding);
/// if (document.CanRender) File.WriteAllBytes(document.FileName + ".docx", document.ToDocx());
/// </code>
/// </example>
public static class GovReport
{
    /// <summary>The input syntax a file's extension names (.yaml, .yml, .json), or null.</summary>
    public static InputFormat? InputFormatOf(string path) => InputParser.FormatOf(path);

    /// <summary>The published form a file's extension names (.txt, .md, .markdown, .html, .htm, .docx, .pdf), or null.</summary>
    public static PublishedFormat? PublishedFormatOf(string path) => PublishedReportReader.FormatOf(path);

    /// <summary>
    /// Reads an input file and checks everything: what is wrong in the file (each at its line and key), last year's
    /// report when <c>previousYear</c> names one (by default only inside the file's own folder tree), template
    /// errors, and the rules. Never throws for a bad file: an unreadable one says why in its diagnostics.
    /// </summary>
    public static ReportDocument Load(string path, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (InputParser.FormatOf(path) is not { } format)
        {
            return Unreadable(path, $"不支持的输入文件类型：应为 {InputForms.ListedOr}");
        }

        byte[] bytes;
        try
        {
            bytes = BoundedFile.ReadAllBytes(path, Limits.MaxInputBytes);
        }
        catch (ReportReadException e)
        {
            return Unreadable(path, e.Message);
        }

        return Prepare(InputParser.Decode(bytes, path, format), FileOptions(path, options));
    }

    /// <inheritdoc cref="Load(string, ReportOptions?)"/>
    public static async Task<ReportDocument> LoadAsync(string path, ReportOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (InputParser.FormatOf(path) is not { } format)
        {
            return Unreadable(path, $"不支持的输入文件类型：应为 {InputForms.ListedOr}");
        }

        byte[] bytes;
        try
        {
            bytes = await BoundedFile.ReadAllBytesAsync(path, Limits.MaxInputBytes, cancellation).ConfigureAwait(false);
        }
        catch (ReportReadException e)
        {
            return Unreadable(path, e.Message);
        }

        return Prepare(InputParser.Decode(bytes, path, format), FileOptions(path, options));
    }

    /// <summary>
    /// Reads an input from a stream (an upload, say) and checks everything. <c>previousYear</c> is followed only
    /// through <see cref="ReportOptions.Files"/>; without it no file is opened.
    /// </summary>
    /// <param name="input">The file's bytes (UTF-8, UTF-16 with a mark, or GB18030).</param>
    /// <param name="name">How messages name it, e.g. the uploaded file name.</param>
    /// <param name="format">YAML or JSON.</param>
    /// <param name="options">Templates and file access.</param>
    public static ReportDocument Load(Stream input, string name, InputFormat format, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return Prepare(InputParser.Decode(BoundedFile.ReadAll(input, name, Limits.MaxInputBytes), name, format), options);
        }
        catch (ReportReadException e)
        {
            return Unreadable(name, e.Message);
        }
    }

    /// <inheritdoc cref="Load(Stream, string, InputFormat, ReportOptions?)"/>
    public static async Task<ReportDocument> LoadAsync(Stream input, string name, InputFormat format, ReportOptions? options = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var bytes = await BoundedFile.ReadAllAsync(input, name, Limits.MaxInputBytes, cancellation).ConfigureAwait(false);
            return Prepare(InputParser.Decode(bytes, name, format), options);
        }
        catch (ReportReadException e)
        {
            return Unreadable(name, e.Message);
        }
    }

    /// <summary>
    /// Reads an input given as text and checks everything. <c>previousYear</c> is followed only through
    /// <see cref="ReportOptions.Files"/>; without it no file is opened.
    /// </summary>
    public static ReportDocument Parse(string text, string name, InputFormat format, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > Limits.MaxInputBytes
            ? Unreadable(name, $"输入过大：上限为{Limits.MaxInputBytes / 1024 / 1024}MB")
            : Prepare(InputParser.Parse(text, name, format), options);
    }

    /// <summary>Checks a report built in code against the rules that apply to input files (R6, R15 and R16 against last year's when given) and composes it for rendering.</summary>
    public static ReportDocument Prepare(AnnualReport report, ReportOptions? options = null, PreviousYear? previousYear = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return InputPreparer.Prepare(report, previousYear, options ?? ReportOptions.Default);
    }

    /// <summary>Reads last year's report from its input file (.yaml, .json) or as published (.txt, .md, .html, .docx, .pdf).</summary>
    /// <exception cref="ReportReadException">The file cannot be read as either.</exception>
    public static PreviousYear LoadPreviousYear(string path) => PreviousYearLoader.Load(path);

    /// <summary>Reads a published report from a file.</summary>
    /// <exception cref="ReportReadException">The file is missing, too large, damaged, or of another kind.</exception>
    public static PublishedReport ReadPublished(string path) => PublishedReportReader.Read(path);

    /// <summary>Reads a published report from a stream.</summary>
    /// <exception cref="ReportReadException">The stream is too large, damaged, or no report of that form.</exception>
    public static PublishedReport ReadPublished(Stream input, string name, PublishedFormat format)
    {
        ArgumentNullException.ThrowIfNull(input);
        return PublishedReportReader.Read(BoundedFile.ReadAll(input, name, PublishedReportReader.LimitOf(format)), name, format);
    }

    /// <inheritdoc cref="ReadPublished(Stream, string, PublishedFormat)"/>
    public static async Task<PublishedReport> ReadPublishedAsync(Stream input, string name, PublishedFormat format,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = await BoundedFile.ReadAllAsync(input, name, PublishedReportReader.LimitOf(format), cancellation).ConfigureAwait(false);
        cancellation.ThrowIfCancellationRequested();
        return PublishedReportReader.Read(bytes, name, format, cancellation);
    }

    /// <summary>Checks a published report against R1–R18 (R6, R15 and R16 against last year's when given).</summary>
    public static PublishedCheck CheckPublished(PublishedReport report, PreviousYear? previousYear = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return PublishedReportChecker.Check(report, previousYear);
    }

    /// <summary>Reads a published report from a file and checks it; a file that cannot be read is a finding, not an exception.</summary>
    public static PublishedCheck CheckPublished(string path, PreviousYear? previousYear = null)
    {
        try
        {
            return PublishedReportChecker.Check(PublishedReportReader.Read(path), previousYear);
        }
        catch (ReportReadException e)
        {
            return PublishedReportChecker.Unreadable(path, e.Message);
        }
    }

    /// <summary>Reads a published report from a stream and checks it; a stream that cannot be read is a finding.</summary>
    public static async Task<PublishedCheck> CheckPublishedAsync(Stream input, string name, PublishedFormat format,
        PreviousYear? previousYear = null, CancellationToken cancellation = default)
    {
        try
        {
            return PublishedReportChecker.Check(await ReadPublishedAsync(input, name, format, cancellation).ConfigureAwait(false), previousYear);
        }
        catch (ReportReadException e)
        {
            return PublishedReportChecker.Unreadable(name, e.Message);
        }
    }

    /// <summary>
    /// The reviewer's view of a region: reads every file given (input files and published reports alike) once, in
    /// parallel, checks each as <c>validate</c> and <c>check</c> do, groups them by office and year and checks each
    /// office's year against its year before. A file that cannot be read is listed with why, never left out.
    /// </summary>
    /// <param name="files">Input files (.yaml, .yml, .json) and published reports (.txt, .md, .html, .docx, .pdf).</param>
    /// <param name="acceptedFingerprints">For a published report, the fingerprints of findings a reviewer accepted.</param>
    public static RegionSummary Summarize(IEnumerable<string> files, Func<string, IEnumerable<string>>? acceptedFingerprints = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        return RegionSummarizer.Summarize([.. files], acceptedFingerprints);
    }

    /// <summary>The reviewer's view of every report in a folder and its subfolders (hidden files left out).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static RegionSummary SummarizeFolder(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return RegionSummarizer.Summarize(RegionSummarizer.FilesIn(directory), null);
    }

    /// <summary>Turns a published report into an input model, with warnings for the numbers it lacks, grouped as a check groups them.</summary>
    public static ImportedReport Import(PublishedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportImporter.Import(report);
    }

    /// <summary>
    /// Next year's report as far as last year's decides it: year + 1, agency, kind and contact kept, 二、上年结转 = last
    /// year's 四、结转下年度 in every column, 现行有效件数 carried; everything else empty.
    /// </summary>
    public static AnnualReport NextYear(AnnualReport lastYear) => Model.NextYear.From(lastYear);

    /// <summary>The report as an input file in YAML that reads back to the same model; with comments, each key described.</summary>
    public static string ToInputYaml(AnnualReport report, bool comments = true) => YamlInputWriter.Write(report, comments);

    /// <summary>A JSON Schema (draft 2020-12) of the input file, for editors that complete and check keys.</summary>
    public static string InputJsonSchema() => InputSchema.Write();

    /// <summary>
    /// The ledger (登记台账) template as .xlsx: a sheet of applications whose 申请人类别 and 办理结果 are lists of the
    /// format's own labels, a 行政复议 and a 行政诉讼 sheet; dates as dates, header frozen. The same bytes every time.
    /// </summary>
    public static byte[] LedgerTemplate() => Ledger.LedgerTemplate.Build();

    /// <summary>
    /// Counts 表三 and 表四 of <paramref name="year"/> from a ledger (.xlsx or .xls, ours or an office's own), each number
    /// with the rows behind it and every row that could not be placed with the reason.
    /// </summary>
    /// <exception cref="ReportReadException">The file is missing, too large, encrypted, damaged, or holds no ledger.</exception>
    public static LedgerCount CountLedger(string path, int year) =>
        LedgerCounter.Count(LedgerWorkbook.Read(BoundedFile.ReadAllBytes(path, Limits.MaxLedgerBytes), path), path, year);

    /// <inheritdoc cref="CountLedger(string, int)"/>
    public static LedgerCount CountLedger(Stream ledger, string name, int year)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return LedgerCounter.Count(LedgerWorkbook.Read(BoundedFile.ReadAll(ledger, name, Limits.MaxLedgerBytes), name), name, year);
    }

    /// <summary>
    /// An input file's text (YAML) with 表三 and 表四 replaced by a ledger's counts, its comments kept where the values
    /// can be written in place (as the web editor saves).
    /// </summary>
    /// <exception cref="ReportReadException">The input has errors, is JSON, or is of another year than the count.</exception>
    public static FilledInput FillInput(string inputText, string name, LedgerCount count)
    {
        ArgumentNullException.ThrowIfNull(inputText);
        ArgumentNullException.ThrowIfNull(count);
        return LedgerFiller.Fill(inputText, name, count);
    }

    /// <summary>Reads an input file (YAML) and gives its text with 表三 and 表四 replaced by a ledger's counts; writes nothing.</summary>
    /// <exception cref="ReportReadException">The file is missing, unreadable, has errors, or is of another year.</exception>
    public static FilledInput FillInput(string inputPath, LedgerCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return LedgerFiller.Fill(TextDecoding.Decode(BoundedFile.ReadAllBytes(inputPath, Limits.MaxInputBytes), inputPath).Text, inputPath, count);
    }

    private static ReportDocument Prepare(LoadedInput input, ReportOptions? options) =>
        InputPreparer.Prepare(input, options ?? ReportOptions.Default);

    /// <summary>A file's previousYear is followed inside the file's own folder tree unless the caller decides otherwise.</summary>
    private static ReportOptions FileOptions(string path, ReportOptions? options)
    {
        options ??= ReportOptions.Default;
        return options.Files is not null
            ? options
            : options with { Files = new FolderTreeResolver(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".") };
    }

    private static ReportDocument Unreadable(string name, string message) =>
        Prepare(LoadedInput.Unreadable(name, message), null);

    /// <summary>Every rule a report is checked against, in number order (docs/rules.md).</summary>
    public static IReadOnlyList<Diagnostics.RuleDescription> Rules => Validation.RuleCatalogue.Descriptions;
}
