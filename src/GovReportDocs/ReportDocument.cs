using GovReportDocs.Composition;
using GovReportDocs.Diagnostics;
using GovReportDocs.Docx;
using GovReportDocs.Files;
using GovReportDocs.NationalFormat;
using GovReportDocs.Html;
using GovReportDocs.Model;
using GovReportDocs.Xlsx;

namespace GovReportDocs;

/// <summary>
/// A report read from an input file (or built in code), checked against every rule that applies and, when its text
/// could be written, composed once — ready to render as .docx, HTML or (with GovReportDocs.Pdf) PDF. Immutable and
/// thread-safe; rendering is deterministic (the same report gives the same bytes).
/// </summary>
public sealed class ReportDocument : IReportFindings
{
    internal ReportDocument(string source, AnnualReport? report, IReadOnlyList<Diagnostic> diagnostics, bool isUnreadable,
        ComposedReport? composed, PreviousYear? previousYear)
    {
        Source = source;
        Report = report;
        Diagnostics = diagnostics;
        IsUnreadable = isUnreadable;
        Composed = composed;
        PreviousYear = previousYear;
    }

    /// <inheritdoc />
    public string Source { get; }

    /// <summary>The report; null when the input could not be read as one.</summary>
    public AnnualReport? Report { get; }

    /// <summary>Last year's report, when the input named one and it could be read.</summary>
    public PreviousYear? PreviousYear { get; }

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <inheritdoc />
    public bool IsUnreadable { get; }

    /// <summary>Whether any finding is an error: such a report is not rendered.</summary>
    public bool HasErrors => this.HasErrors();

    /// <summary>Whether it can be rendered: read, composed, and no error.</summary>
    public bool CanRender => Composed is not null && !HasErrors;

    /// <inheritdoc />
    public string? Agency => Report?.Agency is { Length: > 0 } agency ? agency : null;

    /// <inheritdoc />
    public int? Year => Report?.Year is > 0 and var year ? year : null;

    /// <summary>The title as printed: {机关全称}{年度}年政府信息公开工作年度报告.</summary>
    public string? Title => Composed?.Title ?? (Agency is not null && Year is not null ? Report!.Title : null);

    /// <summary>The official file name, without extension: the title, with what no file system accepts replaced.</summary>
    public string? FileName => Title is null ? null : FileNames.For(Title);

    internal ComposedReport? Composed { get; }

    /// <summary>The numbers as the input gave them, null where a cell was left blank (an input file only).</summary>
    internal StatisticsSheet? Sheet { get; init; }

    /// <summary>The key paths of the numbers outside the tables left blank in the input (the 信息处理费 not filled in yet).</summary>
    internal IReadOnlySet<string> BlankFields { get; init; } = new HashSet<string>();

    /// <summary>The .docx (editable in Word and WPS) as bytes.</summary>
    /// <exception cref="InvalidOperationException">The report has errors (see <see cref="Diagnostics"/>).</exception>
    public byte[] ToDocx() => DocxRenderer.Render(Renderable());

    /// <summary>Writes the .docx to a stream.</summary>
    /// <exception cref="InvalidOperationException">The report has errors (see <see cref="Diagnostics"/>).</exception>
    public void WriteDocx(Stream output) => DocxRenderer.Render(Renderable(), output);

    /// <summary>Writes the .docx to a stream asynchronously.</summary>
    /// <exception cref="InvalidOperationException">The report has errors (see <see cref="Diagnostics"/>).</exception>
    public Task WriteDocxAsync(Stream output, CancellationToken cancellation = default) =>
        WriteAsync(ToDocx(), output, cancellation);

    /// <summary>The HTML page for the 政府信息公开专栏: one self-contained page, no script, nothing fetched.</summary>
    /// <exception cref="InvalidOperationException">The report has errors (see <see cref="Diagnostics"/>).</exception>
    public string ToHtml() => HtmlRenderer.Render(Renderable());

    /// <summary>The HTML page as UTF-8 bytes (no byte-order mark).</summary>
    /// <exception cref="InvalidOperationException">The report has errors (see <see cref="Diagnostics"/>).</exception>
    public byte[] ToHtmlBytes() => HtmlRenderer.RenderBytes(Renderable());

    /// <summary>Writes the HTML page to a stream as UTF-8.</summary>
    /// <exception cref="InvalidOperationException">The report has errors (see <see cref="Diagnostics"/>).</exception>
    public void WriteHtml(Stream output) => HtmlRenderer.Render(Renderable(), output);

    /// <summary>Writes the HTML page to a stream asynchronously.</summary>
    /// <exception cref="InvalidOperationException">The report has errors (see <see cref="Diagnostics"/>).</exception>
    public Task WriteHtmlAsync(Stream output, CancellationToken cancellation = default) =>
        WriteAsync(ToHtmlBytes(), output, cancellation);

    /// <summary>表二、表三、表四 as an .xlsx workbook in the official layout: merged header cells, the format's labels, every 总计 a formula.</summary>
    /// <exception cref="InvalidOperationException">The report has errors (see <see cref="Diagnostics"/>).</exception>
    public byte[] ToXlsx() => ReportWorkbook.Render(Renderable());

    /// <summary>Writes the .xlsx workbook of the three tables to a stream.</summary>
    /// <exception cref="InvalidOperationException">The report has errors (see <see cref="Diagnostics"/>).</exception>
    public void WriteXlsx(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToXlsx());
    }

    /// <summary>The composed report, or why it cannot be rendered.</summary>
    internal ComposedReport Renderable()
    {
        if (CanRender)
        {
            return Composed!;
        }

        var reason = Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.ToString() ?? "报告无法读取";
        throw new InvalidOperationException($"{Source}：报告有错误，不能生成（{reason}）");
    }

    internal static async Task WriteAsync(byte[] bytes, Stream output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(bytes, cancellation).ConfigureAwait(false);
    }
}
