using System.Text;
using GovReportDocs.Summary;

namespace GovReportDocs;

/// <summary>
/// The reviewer's view of a region: every report of a folder read once and checked as <c>check</c> and <c>validate</c>
/// check them, grouped by office and year, with the region's totals in the shape of 表二、表三、表四. Written as one
/// self-contained page (<see cref="ToHtml"/>), a workbook (<see cref="ToXlsx"/>) or the JSON envelope (<see cref="ToJson"/>).
/// Immutable and thread-safe; the same files give the same bytes.
/// </summary>
public sealed class RegionSummary
{
    /// <summary>The page's file name: 汇总.html.</summary>
    public const string HtmlFileName = "汇总.html";

    /// <summary>The workbook's file name: 汇总.xlsx.</summary>
    public const string XlsxFileName = "汇总.xlsx";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    internal RegionSummary(IReadOnlyList<IReportFindings> reports, RegionModel model)
    {
        Reports = reports;
        Model = model;
    }

    /// <summary>Every file read, in the order given, with the findings of its own check (the same as <c>check</c> gives).</summary>
    public IReadOnlyList<IReportFindings> Reports { get; }

    /// <summary>The years with at least one office's report, latest first.</summary>
    public IReadOnlyList<int> Years => [.. Model.Years.Select(y => y.Year)];

    /// <summary>The number of different offices over all years.</summary>
    public int OfficeCount => Model.Years.SelectMany(y => y.Offices).Select(o => o.Agency).Distinct(StringComparer.Ordinal).Count();

    internal RegionModel Model { get; }

    /// <summary>The page 汇总.html: self-contained (no script or style fetched), readable without its small script, A4 landscape in print.</summary>
    public string ToHtml() => SummaryPage.Render(Model);

    /// <summary>The page as UTF-8 bytes without a byte order mark.</summary>
    public byte[] ToHtmlBytes() => Utf8.GetBytes(ToHtml());

    /// <summary>The workbook 汇总.xlsx: a sheet of offices per year and the region's 表二、表三、表四 per year.</summary>
    public byte[] ToXlsx() => SummaryWorkbook.Write(Model);

    /// <summary>The envelope every command prints (<see cref="ReportJson"/>) for command <c>summary</c>, with the region added.</summary>
    /// <param name="outputs">The files written, listed under <c>region.outputs</c>.</param>
    public string ToJson(IReadOnlyList<string>? outputs = null)
    {
        using var stream = new MemoryStream();
        ReportJson.Write(stream, "summary", Reports, null, writer => SummaryJson.Write(writer, Model, outputs ?? []));
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
