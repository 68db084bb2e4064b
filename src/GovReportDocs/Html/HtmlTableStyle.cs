using System.Globalization;
using System.Text;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Html;

/// <summary>
/// The style rules of each fixed table, generated from its description: column widths in its proportions where the
/// page is wide enough; where it is not (a phone), narrower label columns pinned at the left while the numbers
/// scroll under them, so every number stays beside its row's label.
/// </summary>
internal static class HtmlTableStyle
{
    /// <summary>Narrowest a column may get, in ems of table text: two characters a line.</summary>
    private const double MinColumnEms = 3;

    /// <summary>
    /// On a phone, characters a line in the last label column, where the leaf labels are (1.属于国家/秘密), and in the
    /// label columns before it (（三）/不予公/开), so that three numbers still show beside the pinned labels.
    /// </summary>
    private const int NarrowLastLabelChars = 5, NarrowLabelChars = 3;

    /// <summary>The most lines a browser balances (Chromium 156: six); it wraps a longer text as if unbalanced.</summary>
    private const int MostBalancedLines = 6;

    /// <summary>The class of a label that may run to more lines on a phone than a browser balances: it wraps `pretty`.</summary>
    public const string LongLabelClass = "long-label";

    /// <summary>
    /// Whether a label is wrapped `pretty` rather than balanced (labels are balanced so that none leaves one character
    /// alone on its last line, 三、本年度办理结 / 果): one longer than the last label column holds in balanced lines on a
    /// phone, such as 表三's 2.申请人逾期未按收费通知要求… (36 characters), which balance would leave as wrapped.
    /// </summary>
    public static bool WrapsPretty(string label) => label.Length > MostBalancedLines * NarrowLastLabelChars;

    /// <summary>A digit's width in ems of table text (tabular figures of the Song faces, with room for rounding).</summary>
    private const double DigitEms = 0.55;

    /// <summary>Digits a number column of <see cref="MinColumnEms"/> holds; a table with longer numbers says --digits.</summary>
    public static readonly int DigitsInNarrowestColumn = (int)Math.Floor((MinColumnEms - CellExtraEms) / DigitEms);

    /// <summary>The width a number column needs for the table's --digits, never less than <see cref="MinColumnEms"/>.</summary>
    private static readonly string NumberColumn =
        $"max({Number(MinColumnEms)}em,calc(var(--digits,0) * {Number(DigitEms)}em + {Number(CellExtraEms)}em))";

    /// <summary>What a cell adds to its text: padding and border, in ems of table text.</summary>
    private const double CellExtraEms = 0.75;

    /// <summary>What a table's caption adds where the table scrolls.</summary>
    private const string HintText = "（表格较宽，可左右滑动查看）";

    /// <summary>
    /// Where a table scrolls, its caption says so. A browser with scroll-driven animations knows whether it scrolls:
    /// the animation's timeline is the table's wrapper, inactive (so the hint stays at font-size 0) while nothing
    /// overflows it, whatever the window's width or the numbers' length.
    /// </summary>
    private static string ScrollHint(IEnumerable<TableDescription> tables) =>
        $"@supports (animation-timeline:scroll()){{\n@media screen{{:is({string.Join(",", tables.Select(t => "." + TableClass(t)))}) caption::after{{content:\"{HintText}\";font-size:0;white-space:nowrap;" +
        "animation:scroll-hint linear both;animation-timeline:scroll(nearest inline)}}\n@keyframes scroll-hint{from,to{font-size:.875em}}\n}\n";

    /// <summary>Elsewhere the hint shows below the width at which the table, at its least, no longer fits the page's column.</summary>
    private const string NoScrollTimelines = "@supports not (animation-timeline:scroll()){";

    private const string HintRule = " caption::after{content:\"" + HintText + "\";font-size:.875em;white-space:nowrap}}";

    /// <summary>The class of a table, after its name: `table-3` for 表三.</summary>
    public static string TableClass(TableDescription table)
    {
        for (var i = 0; i < ReportTables.All.Count; i++)
        {
            if (ReferenceEquals(ReportTables.All[i], table))
            {
                return "table-" + (i + 2).ToString(CultureInfo.InvariantCulture);
            }
        }

        return "table";
    }

    /// <summary>The class of a grid column (counting from 0): `c1` for the first.</summary>
    public static string ColumnClass(int column) => "c" + (column + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The class that pins a label cell at the left on a phone, after its first column (counting from 0): `pin-1`.</summary>
    public static string PinClass(int column) => "pin-" + (column + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether the table has label columns to pin and gets narrower with them narrowed (表三).</summary>
    public static bool HasNarrowLayout(TableDescription table) =>
        LabelColumnCount(table) > 0 && NarrowWidths(table).Sum() < WideEms(table);

    /// <summary>The leading columns that hold no number in any row (表三: the three label columns; 表四: none).</summary>
    public static int LabelColumnCount(TableDescription table) =>
        Enumerable.Range(0, table.ColumnCount)
            .TakeWhile(column => table.DatumCells.All(d => column < d.Column || column >= d.Column + d.ColumnSpan))
            .Count();

    /// <summary>The rules of every table: in the table's class, so the page's other rules stay general.</summary>
    /// <param name="tables">The tables.</param>
    /// <param name="tableRem">The size of table text on screen, in rem.</param>
    /// <param name="paddingRem">The page's side padding on screen, in rem.</param>
    /// <param name="columnRem">The width of the page's text column on a wide screen, in rem.</param>
    public static string Css(IEnumerable<TableDescription> tables, double tableRem, double paddingRem, double columnRem)
    {
        var css = new StringBuilder(ScrollHint(tables));
        foreach (var table in tables)
        {
            var name = "." + TableClass(table);
            var shares = Shares(table);
            for (var c = 0; c < table.ColumnCount; c++)
            {
                css.Append(name).Append(" .").Append(ColumnClass(c)).Append("{width:").Append(Number(shares[c] * 100)).Append("%}");
            }

            var wideEms = WideEms(table);
            // Never narrower than its proportions give its narrowest column two characters. As wide as the text column, or,
            // where its longest number (--digits) needs more in its proportions, as wide as that up to the window; narrower
            // than that, the layout by content keeps each number whole and the labels share what is left.
            var share = shares.Min();
            css.Append("\n@media screen{").Append(name).Append("{min-width:").Append(Number(wideEms)).Append("em;width:min(100%,max(")
                .Append(Number(columnRem)).Append("rem,calc(var(--digits,0) * ").Append(Number(DigitEms / share)).Append("em + ")
                .Append(Number(CellExtraEms / share)).Append("em)))}}\n");
            if (!HasNarrowLayout(table))
            {
                css.Append("@media screen and (max-width:").Append(Number(Below(wideEms, tableRem, paddingRem))).Append("rem){").Append(NoScrollTimelines)
                    .Append(name).Append(HintRule).Append("}\n");
                continue;
            }

            var narrow = NarrowWidths(table);
            css.Append("@media screen and (max-width:").Append(Number(Below(wideEms, tableRem, paddingRem))).Append("rem){")
                .Append(name).Append("{table-layout:fixed;min-width:calc(").Append(Number(narrow.Take(LabelColumnCount(table)).Sum())).Append("em + ")
                .Append((table.ColumnCount - LabelColumnCount(table)).ToString(CultureInfo.InvariantCulture)).Append(" * ").Append(NumberColumn).Append(")}");
            // The last label column takes what the page gives beyond the table's narrowest: the labels wrap less.
            var labels = LabelColumnCount(table);
            for (var c = 0; c < table.ColumnCount; c++)
            {
                css.Append(name).Append(" .").Append(ColumnClass(c)).Append("{width:")
                    .Append(c == labels - 1 ? "auto" : c < labels ? Number(narrow[c]) + "em" : NumberColumn).Append('}');
            }

            // Collapsed borders belong to the table and stay behind when a cell is pinned: each cell draws its own.
            css.Append(name).Append("{border-collapse:separate;border-spacing:0;border-top:1px solid #000}")
                .Append(name).Append(" th,").Append(name).Append(" td{border-width:0 1px 1px 0}")
                .Append(name).Append(" .").Append(PinClass(0)).Append("{border-left-width:1px}");
            for (var c = 0; c < labels; c++)
            {
                css.Append(name).Append(" .").Append(PinClass(c)).Append("{position:sticky;z-index:1;left:").Append(Number(narrow.Take(c).Sum()))
                    .Append("em;background:#fff}").Append(name).Append(" thead .").Append(PinClass(c)).Append("{background:#f2f2f2}");
            }

            css.Append("}\n@media screen and (max-width:").Append(Number(Below(narrow.Sum(), tableRem, paddingRem))).Append("rem){").Append(NoScrollTimelines)
                .Append(name).Append(HintRule).Append("}\n");
        }

        return css.ToString();
    }

    private static double[] Shares(TableDescription table)
    {
        var edges = table.ColumnEdges;
        return [.. Enumerable.Range(0, table.ColumnCount).Select(c => edges[c + 1] - edges[c])];
    }

    /// <summary>Width, in ems, at which the table's narrowest column in its proportions has <see cref="MinColumnEms"/>.</summary>
    private static double WideEms(TableDescription table) => MinColumnEms / Shares(table).Min();

    /// <summary>
    /// Column widths on a phone, in ems: every number column <see cref="MinColumnEms"/>; the label columns
    /// <see cref="NarrowLabelChars"/> characters a line, the last one <see cref="NarrowLastLabelChars"/>.
    /// </summary>
    private static double[] NarrowWidths(TableDescription table)
    {
        var widths = Enumerable.Repeat(MinColumnEms, table.ColumnCount).ToArray();
        var labels = LabelColumnCount(table);
        for (var c = 0; c < labels; c++)
        {
            widths[c] = (c == labels - 1 ? NarrowLastLabelChars : NarrowLabelChars) + CellExtraEms;
        }

        return widths;
    }

    /// <summary>The viewport width, in rem, below which a table of this many ems no longer fits the page's column.</summary>
    private static double Below(double tableEms, double tableRem, double paddingRem) =>
        Math.Floor((tableEms * tableRem + 2 * paddingRem) * 10) / 10;

    private static string Number(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
}
