using System.Globalization;
using System.Text;
using GovReportDocs.Html;

namespace GovReportDocs.Summary;

/// <summary>
/// Horizontal bar charts drawn as inline SVG, no script: one row per office, its name at the left, its value after the
/// bar. Every chart is a figure with a caption, an SVG named by it (role img), and the same numbers as a table for
/// screen readers and for reading exact values. Fills differ in lightness and by hatching, so grey-scale prints keep
/// them apart. Stateless; the same numbers give the same markup.
/// </summary>
internal static class SvgChart
{
    public const int Width = 960, LabelWidth = 300, ValueWidth = 130, RowHeight = 24, BarHeight = 16, Top = 8;

    /// <summary>The bar area's width.</summary>
    public const int PlotWidth = Width - LabelWidth - ValueWidth;

    /// <summary>One row: its label, its segments (one for a plain bar) and the text after the bar.</summary>
    public sealed record Row(string Label, IReadOnlyList<decimal> Segments, string ValueText, bool Marked = false);

    /// <summary>Fills of segments, darkest first; the third is hatched so that neighbours differ in grey too.</summary>
    public static IReadOnlyList<string> Fills { get; } = ["#0b2e59", "#3f6fa6", "url(#hatch)", "#9dbcdf", "#d6e4f2", "#ffffff"];

    /// <summary>A figure: caption, the chart, a legend when there are several segments, and its numbers as a table.</summary>
    public static void Figure(StringBuilder html, string id, string caption, string description, IReadOnlyList<Row> rows,
        IReadOnlyList<string> legend, (decimal Value, string Text)? reference, IReadOnlyList<string> tableHeader,
        IReadOnlyList<IReadOnlyList<string>> tableRows)
    {
        html.Append("<figure class=\"chart\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-cap\">\n");
        html.Append("<figcaption id=\"").Append(id).Append("-cap\">").AppendEscaped(caption).Append("</figcaption>\n");
        if (legend.Count > 1)
        {
            Legend(html, legend);
        }

        Svg(html, id, caption, description, rows, reference);
        html.Append("<details class=\"chart-data\"><summary>图表数据（表格）</summary>\n");
        html.Append("<table class=\"data\"><caption>").AppendEscaped(caption).Append("：数据</caption>\n<thead><tr>");
        foreach (var header in tableHeader)
        {
            html.Append("<th scope=\"col\">").AppendEscaped(header).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in tableRows)
        {
            html.Append("<tr><th scope=\"row\">").AppendEscaped(row[0]).Append("</th>");
            foreach (var cell in row.Skip(1))
            {
                html.Append("<td>").AppendEscaped(cell).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></details>\n</figure>\n");
    }

    private static void Legend(StringBuilder html, IReadOnlyList<string> legend)
    {
        html.Append("<ul class=\"legend\" aria-hidden=\"true\">");
        for (var i = 0; i < legend.Count; i++)
        {
            html.Append("<li><svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" focusable=\"false\">");
            html.Append("<rect x=\"0.5\" y=\"0.5\" width=\"13\" height=\"13\" fill=\"").Append(Fills[i % Fills.Count])
                .Append("\" stroke=\"#000\"/></svg>").AppendEscaped(legend[i]).Append("</li>");
        }

        html.Append("</ul>\n");
    }

    private static void Svg(StringBuilder html, string id, string caption, string description, IReadOnlyList<Row> rows,
        (decimal Value, string Text)? reference)
    {
        var height = Top + (rows.Count * RowHeight) + (reference is null ? 8 : 28);
        var max = rows.Select(r => r.Segments.Sum()).Append(reference?.Value ?? 0).Max();
        html.Append("<svg class=\"bars\" role=\"img\" aria-labelledby=\"").Append(id).Append("-t ").Append(id).Append("-d\" viewBox=\"0 0 ")
            .Append(Int(Width)).Append(' ').Append(Int(height)).Append("\" width=\"").Append(Int(Width)).Append("\" height=\"").Append(Int(height))
            .Append("\" preserveAspectRatio=\"xMinYMin meet\" focusable=\"false\">\n");
        html.Append("<title id=\"").Append(id).Append("-t\">").AppendEscaped(caption).Append("</title>\n");
        html.Append("<desc id=\"").Append(id).Append("-d\">").AppendEscaped(description).Append("</desc>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = Top + (i * RowHeight);
            html.Append("<text class=\"label\" x=\"").Append(Int(LabelWidth - 8)).Append("\" y=\"").Append(Int(y + 13))
                .Append("\" text-anchor=\"end\">").AppendEscaped(Shorten(row.Label)).Append("</text>\n");
            double x = LabelWidth;
            for (var s = 0; s < row.Segments.Count; s++)
            {
                var w = max > 0 ? (double)(row.Segments[s] / max) * PlotWidth : 0;
                if (w > 0)
                {
                    html.Append("<rect x=\"").Append(Num(x)).Append("\" y=\"").Append(Int(y + 1)).Append("\" width=\"").Append(Num(w))
                        .Append("\" height=\"").Append(Int(BarHeight)).Append("\" fill=\"").Append(Fills[s % Fills.Count])
                        .Append("\" stroke=\"#000\" stroke-width=\"").Append(row.Marked ? "2.5" : "0.6").Append('"')
                        .Append(row.Marked ? " stroke-dasharray=\"4 2\"" : "").Append("/>\n");
                }

                x += w;
            }

            html.Append("<text class=\"value\" x=\"").Append(Num(x + 6)).Append("\" y=\"").Append(Int(y + 13)).Append("\">")
                .AppendEscaped(row.ValueText).Append("</text>\n");
        }

        if (reference is { } line && max > 0)
        {
            var x = LabelWidth + ((double)(line.Value / max) * PlotWidth);
            var bottom = Top + (rows.Count * RowHeight);
            html.Append("<line x1=\"").Append(Num(x)).Append("\" x2=\"").Append(Num(x)).Append("\" y1=\"").Append(Int(Top - 4))
                .Append("\" y2=\"").Append(Int(bottom + 4)).Append("\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>\n");
            html.Append("<text class=\"value\" x=\"").Append(Num(x)).Append("\" y=\"").Append(Int(bottom + 20)).Append("\" text-anchor=\"middle\">")
                .AppendEscaped(line.Text).Append("</text>\n");
        }

        html.Append("</svg>\n");
    }

    /// <summary>
    /// Diagonal lines over white, the one fill that stays apart from every grey; defined once per page (an id is unique)
    /// in an SVG of no size that every chart refers to.
    /// </summary>
    public static void Definitions(StringBuilder html) =>
        html.Append("<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"2.5\"/></pattern></defs></svg>\n");

    /// <summary>A name longer than the label column is cut with …; the table under the chart has it whole.</summary>
    private static string Shorten(string label) => label.Length > 20 ? label[..19] + "…" : label;

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
