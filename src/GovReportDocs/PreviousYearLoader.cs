using GovReportDocs.Diagnostics;
using GovReportDocs.Files;
using GovReportDocs.NationalFormat;
using GovReportDocs.Input;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Sources;

namespace GovReportDocs;

/// <summary>Last year's report from its input file (.yaml, .json) or as published (.txt, .md, .html, .docx, .pdf).</summary>
internal static class PreviousYearLoader
{
    /// <exception cref="ReportReadException">The file cannot be read as either.</exception>
    public static PreviousYear Load(string path)
    {
        var (previous, errors) = LoadWithErrors(path);
        return previous ?? throw new ReportReadException(path, "有错误，无法作为上年报告读取：" + errors[0].Message);
    }

    /// <summary>Last year's report, or the errors of its input file (each located in that file) when it has any.</summary>
    /// <exception cref="ReportReadException">The file cannot be read at all.</exception>
    private static (PreviousYear? PreviousYear, IReadOnlyList<Diagnostic> Errors) LoadWithErrors(string path)
    {
        if (InputParser.FormatOf(path) is { } format)
        {
            var loaded = InputParser.Decode(BoundedFile.ReadAllBytes(path, Limits.MaxInputBytes), path, format);
            var errors = loaded.Diagnostics.Where(d => d.Rule == RuleIds.Input).ToList();
            return errors.Count == 0 && FromInput(loaded) is { } previous ? (previous, []) : (null, errors.Count > 0 ? errors : loaded.Diagnostics);
        }

        if (PublishedReportReader.CanRead(path))
        {
            return (PreviousYear.FromPublished(PublishedReportReader.Read(path)), []);
        }

        throw new ReportReadException(path, $"不支持的文件类型：上年报告应为输入文件（{InputForms.Listed}）或已发布的报告（{PublishedForms.Listed}）");
    }

    /// <summary>
    /// Last year's report named by an input's <c>previousYear</c>, opened only where the resolver allows; when it cannot
    /// be, an error at the key. Without a resolver nothing is opened, and a warning says that R6 was not checked.
    /// </summary>
    public static (PreviousYear? PreviousYear, IReadOnlyList<Diagnostic> Findings) ForInput(LoadedInput input, IReportFileResolver? resolver)
    {
        if (input.Report?.PreviousYear is not { } reference)
        {
            return (null, []);
        }

        var at = input.Locate("previousYear");
        if (resolver is null)
        {
            return (null, [Diagnostic.Warning(RuleIds.R6,
                $"未读取上年报告“{reference}”，未作跨年度核对：从文本或数据流读取的输入不打开任何文件（调用方可在 ReportOptions.Files 中指定允许读取的目录）")
                with { Source = at, Field = "previousYear" }]);
        }

        try
        {
            var (previous, errors) = LoadWithErrors(Resolve(resolver, reference, input.File));
            return previous is not null
                ? (previous, [])
                : (null, [new Diagnostic(RuleIds.Input, Severity.Error, $"上年报告“{reference}”有错误，未作跨年度核对（错误见下）")
                    { Source = at, Field = "previousYear" }, .. errors]);
        }
        catch (ReportReadException e)
        {
            return (null, [new Diagnostic(RuleIds.Input, Severity.Error, $"上年报告“{reference}”无法读取：{e.Message}")
                { Source = at, Field = "previousYear" }]);
        }
    }

    /// <summary>
    /// A resolver is the caller's code: null, or a file error of its own, is told as the reference being unreadable,
    /// like any other file that cannot be opened.
    /// </summary>
    private static string Resolve(IReportFileResolver resolver, string reference, string referringFile)
    {
        try
        {
            return resolver.Resolve(reference, referringFile) is { Length: > 0 } path
                ? path
                : throw new ReportReadException(reference, "未找到可读取的文件（路径解析结果为空）");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            throw new ReportReadException(reference, BoundedFile.Explain(e));
        }
    }

    private static PreviousYear? FromInput(LoadedInput loaded) =>
        loaded is { IsUnreadable: false, Report: { } report, Sheet: { } sheet } ? new PreviousYear(loaded.File, report, sheet, null) : null;
}
