using GovReportDocs.Composition;
using GovReportDocs.Diagnostics;
using GovReportDocs.Narrative;
using GovReportDocs.Validation;

namespace GovReportDocs.Input;

/// <summary>Reads input files (docs/input.md) in YAML or JSON and checks them. Stateless and thread-safe.</summary>
public static class ReportInput
{
    /// <summary>Larger input files are refused: a real report is a few kilobytes.</summary>
    public const long MaxFileBytes = 8 * 1024 * 1024;

    /// <summary>The syntax a file's extension names, or null when it names none.</summary>
    public static InputFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => InputFormat.Json,
        ".yaml" or ".yml" => InputFormat.Yaml,
        _ => null,
    };

    /// <summary>Reads an input file and, when it names one, last year's input relative to it.</summary>
    public static InputLoadResult LoadFile(string path) => LoadFile(path, loadPreviousYear: true);

    /// <summary>Parses input text; <paramref name="file"/> names it in messages and anchors <c>previousYear</c>.</summary>
    public static InputLoadResult Parse(string text, string file, InputFormat format) =>
        Parse(text, file, format, loadPreviousYear: true);

    /// <summary>
    /// Validates a loaded report against R1–R7, R10 and R11 (R6 with last year's when it was loaded; R7 on the
    /// text as the templates will write it) and points each finding at the line of the input that holds it.
    /// </summary>
    /// <param name="loaded">The report as read.</param>
    /// <param name="templates">The narrative templates the report will be rendered with; the embedded ones when null.</param>
    public static ValidationResult Validate(LoadedReport loaded, NarrativeTemplates? templates = null) =>
        Compose(loaded, templates).Result;

    /// <summary>Everything wrong with an input file: what reading found, then what the rules find.</summary>
    public static ValidationResult Check(InputLoadResult load, NarrativeTemplates? templates = null) => Prepare(load, templates).Result;

    /// <summary>
    /// <see cref="Check"/>, and the report composed for rendering when its text could be written: the text is
    /// composed once, both to check R7 and to be drawn.
    /// </summary>
    public static (ValidationResult Result, ComposedReport? Composed) Prepare(InputLoadResult load, NarrativeTemplates? templates = null)
    {
        if (load.Loaded is null || load.IsUnreadable)
        {
            return (new ValidationResult(load.Diagnostics), null);
        }

        var (result, composed) = Compose(load.Loaded, templates);
        return (new ValidationResult([.. load.Diagnostics.Concat(result.Diagnostics).OrderBy(d => d.Severity)]), composed);
    }

    private static (ValidationResult Result, ComposedReport? Composed) Compose(LoadedReport loaded, NarrativeTemplates? templates)
    {
        var findings = new List<Diagnostic>();
        ComposedReport? composed = null;
        try
        {
            composed = ReportComposer.Compose(loaded.Report, templates);
        }
        catch (NarrativeException e)
        {
            findings.Add(NarrativeFinding(e, loaded));
        }

        var context = ValidationContext.ForReport(loaded.Report, loaded.PreviousYear?.Report) with { Texts = composed?.Texts.ToList() ?? [] };
        findings.AddRange(ReportValidator.Validate(context).Diagnostics
            .Select(d => d.Source is not null ? d : d with { Source = loaded.Locate(d) }));
        return (new ValidationResult([.. findings.OrderBy(d => d.Severity)]), composed);
    }

    /// <summary>A text of the input names an unknown variable, or a template file is broken.</summary>
    private static Diagnostic NarrativeFinding(NarrativeException e, LoadedReport loaded)
    {
        var isTemplateFile = e.Where.EndsWith(".hbs", StringComparison.Ordinal);
        var source = isTemplateFile
            ? new SourceLocation(e.Where, e.Line ?? 1, 1)
            : loaded.Locate(e.Where) ?? new SourceLocation(loaded.File, 1, 1, e.Where);
        var line = !isTemplateFile && e.Line is { } l ? $"（该文本第{l}行）" : "";
        return new Diagnostic(RuleIds.Input, Severity.Error, e.Message + line) { Source = source };
    }

    private static InputLoadResult LoadFile(string path, bool loadPreviousYear)
    {
        if (FormatOf(path) is not { } format)
        {
            return Unreadable(path, "不支持的输入文件类型：应为 .yaml、.yml 或 .json");
        }

        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Unreadable(path, "找不到文件");
            }

            if (info.Length > MaxFileBytes)
            {
                return Unreadable(path, $"文件过大（{info.Length}字节）：输入文件不应超过{MaxFileBytes / 1024 / 1024}MB");
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, $"无法读取文件：{e.Message}");
        }

        return Parse(text, path, format, loadPreviousYear);
    }

    private static InputLoadResult Parse(string text, string file, InputFormat format, bool loadPreviousYear)
    {
        InputNode? root;
        try
        {
            root = format == InputFormat.Json ? JsonTreeReader.Read(text) : YamlTreeReader.Read(text);
        }
        catch (InputSyntaxException e)
        {
            return new InputLoadResult(null,
                [new Diagnostic(RuleIds.Input, Severity.Error, e.Message) { Source = new SourceLocation(file, e.Mark.Line, e.Mark.Column) }]);
        }

        var binder = new InputBinder(file);
        var bound = binder.BindRoot(root);
        var diagnostics = binder.Diagnostics.ToList();
        if (bound is null || diagnostics.Any(d => d.Rule == RuleIds.Input))
        {
            return new InputLoadResult(null, diagnostics);
        }

        var loaded = new LoadedReport(file, ReportAssembler.Assemble(bound), binder.Locations);
        if (loadPreviousYear && loaded.Report.PreviousYear is { } previousPath)
        {
            var resolved = Path.Combine(Path.GetDirectoryName(file) ?? "", previousPath);
            if (Reading.PublishedReportReader.CanRead(resolved))
            {
                try
                {
                    var published = Reading.PublishedReportReader.Read(resolved);
                    loaded = loaded with { PreviousYear = new LoadedReport(resolved, published.Report, new Dictionary<string, SourceLocation>()) };
                }
                catch (Reading.ReportReadException e)
                {
                    diagnostics.Add(new Diagnostic(RuleIds.Input, Severity.Error, e.Message) { Source = new SourceLocation(resolved, 1, 1) });
                }
            }
            else
            {
                var previous = LoadFile(resolved, loadPreviousYear: false);
                diagnostics.AddRange(previous.Diagnostics);
                loaded = loaded with { PreviousYear = previous.Loaded };
            }
        }

        return new InputLoadResult(loaded, diagnostics);
    }

    private static InputLoadResult Unreadable(string file, string message) =>
        new(null, [new Diagnostic(RuleIds.Input, Severity.Error, message) { Source = new SourceLocation(file, 1, 1) }]);
}
