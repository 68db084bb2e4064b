using System.Globalization;
using System.Net;
using System.Text;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Ledger;

/// <summary>
/// Every number of 表三 and 表四 counted from a ledger with the rows behind it, as text lines (the command line's
/// <c>--explain</c>) or as one HTML page a reviewer can follow from any cell to its applications.
/// </summary>
internal static class LedgerExplanation
{
    /// <summary>The cells of 表三 and 表四 in printed order, totals included, each with its count.</summary>
    public static IEnumerable<(Datum Datum, IReadOnlyList<LedgerEntry> Rows)> Cells(LedgerCount count) =>
        ReportTables.Applications.DatumCells.Concat(ReportTables.Review.DatumCells)
            .Select(c => (c.Datum!, count.RowsBehind(c.Datum!)));

    public static IEnumerable<string> Lines(LedgerCount count)
    {
        foreach (var (datum, rows) in Cells(count).Where(c => c.Rows.Count > 0))
        {
            yield return $"{datum.Describe()} = {rows.Count.ToString(CultureInfo.InvariantCulture)}：{Ranges(rows)}";
        }
    }

    /// <summary>Rows as 工作表“X”第2–5、9行: consecutive rows of a sheet joined, so a column of 300 rows stays one line.</summary>
    public static string Ranges(IReadOnlyList<LedgerEntry> rows)
    {
        var parts = new List<string>();
        foreach (var sheet in rows.GroupBy(r => r.Row.Sheet))
        {
            var numbers = sheet.Select(r => r.Row.Row).Order().ToList();
            var spans = new List<string>();
            for (var i = 0; i < numbers.Count;)
            {
                var j = i;
                while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1)
                {
                    j++;
                }

                spans.Add(j == i
                    ? numbers[i].ToString(CultureInfo.InvariantCulture)
                    : $"{numbers[i].ToString(CultureInfo.InvariantCulture)}–{numbers[j].ToString(CultureInfo.InvariantCulture)}");
                i = j + 1;
            }

            parts.Add($"工作表“{sheet.Key}”第{string.Join("、", spans)}行");
        }

        return string.Join("；", parts);
    }

    public static string Html(LedgerCount count)
    {
        var html = new StringBuilder();
        var title = $"{count.Year.ToString(CultureInfo.InvariantCulture)}年表三、表四的台账依据";
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>\n")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:.5em 0 1.5em}")
            .Append("td,th{border:1px solid #999;padding:2px 6px;text-align:left}h2{font-size:1.1em;margin-top:1.5em}.bad{color:#a00}</style>\n")
            .Append("</head><body>\n<h1>").Append(E(title)).Append("</h1>\n<p>台账：").Append(E(Path.GetFileName(count.File)))
            .Append("；统计的工作表：").Append(E(string.Join("、", count.Sheets))).Append("；其他年度的行：")
            .Append(count.OtherYears.ToString(CultureInfo.InvariantCulture)).Append("</p>\n");
        if (count.Unplaced.Length > 0)
        {
            html.Append("<h2 class=\"bad\">未能统计的行（").Append(count.Unplaced.Length.ToString(CultureInfo.InvariantCulture)).Append("）</h2>\n<ul>\n");
            foreach (var finding in count.Unplaced)
            {
                html.Append("<li>").Append(E(finding.ToString())).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h2>各单元格</h2>\n<ul>\n");
        var cells = Cells(count).Where(c => c.Rows.Count > 0).ToList();
        for (var i = 0; i < cells.Count; i++)
        {
            html.Append("<li><a href=\"#c").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(E(cells[i].Datum.Describe()))
                .Append("</a> = ").Append(cells[i].Rows.Count.ToString(CultureInfo.InvariantCulture)).Append("</li>\n");
        }

        html.Append("</ul>\n");
        for (var i = 0; i < cells.Count; i++)
        {
            var (datum, rows) = cells[i];
            html.Append("<h2 id=\"c").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(E(datum.Describe())).Append(" = ")
                .Append(rows.Count.ToString(CultureInfo.InvariantCulture)).Append("</h2>\n<table><tr><th>工作表</th><th>行</th><th>收到日期</th><th>答复日期</th><th>申请人或案件</th><th>内容与结果</th></tr>\n");
            foreach (var row in rows)
            {
                html.Append("<tr><td>").Append(E(row.Row.Sheet)).Append("</td><td>").Append(row.Row.Row.ToString(CultureInfo.InvariantCulture))
                    .Append("</td><td>").Append(LedgerCounter.Show(row.Date)).Append("</td><td>")
                    .Append(row.Answered is { } answered ? LedgerCounter.Show(answered) : "").Append("</td><td>").Append(E(row.Who))
                    .Append("</td><td>").Append(E(row.What)).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
