using System.Text.RegularExpressions;
using GovReportDocs.Docx;
using GovReportDocs.Html;
using GovReportDocs.Xlsx;

namespace GovReportDocs;

/// <summary>
/// The registry of outputs: the writers a host offers, in the order it lists them (help, buttons, <c>--format all</c>).
/// The core's own are <see cref="Docx"/>, <see cref="Html"/> and <see cref="Xlsx"/>; GovReportDocs.Pdf adds its
/// writer, and a platform may add its own. Immutable; share one instance between threads.
/// </summary>
public sealed partial class ReportWriters
{
    private readonly IReportWriter[] _writers;

    /// <summary>A registry of these writers, in this order.</summary>
    /// <exception cref="ArgumentException">Two share an id or an extension, or an id or extension is not of the form <c>abc</c> / <c>.abc</c>.</exception>
    public ReportWriters(IEnumerable<IReportWriter> writers)
    {
        ArgumentNullException.ThrowIfNull(writers);
        _writers = [.. writers];
        foreach (var writer in _writers)
        {
            var format = writer.Format;
            if (!IdPattern().IsMatch(format.Id) || format.Id == "all" || !ExtensionPattern().IsMatch(format.Extension))
            {
                throw new ArgumentException($"输出格式“{format.Id}”（{format.Extension}）的名称应为小写字母或数字，扩展名以“.”开头", nameof(writers));
            }

            if (_writers.Count(w => w.Format.Id == format.Id || string.Equals(w.Format.Extension, format.Extension, StringComparison.OrdinalIgnoreCase)) > 1)
            {
                throw new ArgumentException($"输出格式“{format.Id}”（{format.Extension}）登记了两次", nameof(writers));
            }
        }
    }

    /// <summary>The .docx, editable in Word and WPS.</summary>
    public static IReportWriter Docx { get; } = new CoreWriter(
        new OutputFormat("docx", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "供签批修改"),
        d => DocxRenderer.Render(d.Renderable()));

    /// <summary>The page for the 政府信息公开专栏.</summary>
    public static IReportWriter Html { get; } = new CoreWriter(
        new OutputFormat("html", ".html", "text/html; charset=utf-8", "HTML", "供政府信息公开专栏网页"),
        d => HtmlRenderer.RenderBytes(d.Renderable()));

    /// <summary>表二、表三、表四 as a workbook; asked for by name, not part of <c>all</c>.</summary>
    public static IReportWriter Xlsx { get; } = new CoreWriter(
        new OutputFormat("xlsx", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格",
            "表二、表三、表四的 Excel 表格") { InAll = false },
        d => ReportWorkbook.Render(d.Renderable()));

    /// <summary>The core's writers without PDF: .docx, HTML, the workbook.</summary>
    public static ReportWriters Core { get; } = new([Docx, Html, Xlsx]);

    /// <summary>Every writer, in the registry's order.</summary>
    public IReadOnlyList<IReportWriter> All => _writers;

    /// <summary>What <c>all</c> writes, in order.</summary>
    public IReadOnlyList<IReportWriter> InAll => [.. _writers.Where(w => w.Format.InAll)];

    /// <summary>The writer of an id (<c>pdf</c>), or null.</summary>
    public IReportWriter? Find(string id) => _writers.FirstOrDefault(w => w.Format.Id == id);

    /// <summary>This registry with <paramref name="writer"/> placed before the writer of <paramref name="beforeId"/> (at the end when none).</summary>
    public ReportWriters Insert(IReportWriter writer, string? beforeId = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var list = _writers.ToList();
        var at = list.FindIndex(w => w.Format.Id == beforeId);
        list.Insert(at < 0 ? list.Count : at, writer);
        return new ReportWriters(list);
    }

    /// <summary>The ids joined the Chinese way: <c>docx、pdf、html 或 xlsx</c>.</summary>
    internal string DescribeIds(string conjunction = "或") => _writers.Length == 1 ? _writers[0].Format.Id
        : string.Join("、", _writers[..^1].Select(w => w.Format.Id)) + $" {conjunction} " + _writers[^1].Format.Id;

    [GeneratedRegex("^[a-z0-9]+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(\.[a-z0-9]+)+$")]
    private static partial Regex ExtensionPattern();

    private sealed class CoreWriter(OutputFormat format, Func<ReportDocument, byte[]> write) : IReportWriter
    {
        public OutputFormat Format => format;

        public ReportOutput Write(ReportDocument document, CancellationToken cancellation = default)
        {
            ArgumentNullException.ThrowIfNull(document);
            cancellation.ThrowIfCancellationRequested();
            return new ReportOutput(write(document));
        }
    }
}
