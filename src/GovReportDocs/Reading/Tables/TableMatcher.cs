using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Normalization;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Reading.Tables.Template;

namespace GovReportDocs.Reading.Tables;

/// <summary>The numbers of the three tables as found in a published report, each with its source line.</summary>
internal sealed record MatchedTables(
    IReadOnlyDictionary<Datum, decimal?> Values,
    IReadOnlyDictionary<Datum, int> Lines,
    IReadOnlyList<TableDescription> Found,
    IReadOnlyList<(string Sign, int Line)> OldFormatSigns)
{
    /// <summary>Row labels printed in another wording: the printed text, the label, the line.</summary>
    public IReadOnlyList<(string Printed, string Label, int Line)> Variants { get; init; } = [];
}

/// <summary>
/// Reads the tables of a published report by walking each table description over the cells: every row that
/// holds numbers is found by its own label (the rightmost label starting on that row), then as many numbers
/// are read as the row has data cells; a row without a label (表四) takes the first run of numbers after the
/// header. Labels match after normalisation, and a long label also when the source truncated or mangled it. A block
/// the walk leaves short may have its numbers printed apart from its labels (<see cref="DetachedValues"/>).
/// </summary>
internal static class TableMatcher
{
    private static readonly string[] OldFormatLabels = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "第二十条第(九)项"];

    /// <summary>Labels that tell which table a run of cells belongs to.</summary>
    private static readonly Dictionary<TableDescription, string[]> Anchors = new()
    {
        [ReportTables.Proactive] = [ProactiveLabels.Article20Item1, ProactiveLabels.NormativeDocuments, ProactiveLabels.Article20Item5],
        [ReportTables.Applications] = [ApplicantColumns.ApplicantsHeader, ApplicationRows.All[0].Label, ApplicationRows.ResultsHeader],
        [ReportTables.Review] = [ReviewLabels.LitigationDirect, ReviewLabels.LitigationAfterReview],
    };

    private static readonly Dictionary<TableDescription, string[]> ComparedAnchors =
        Anchors.ToDictionary(a => a.Key, a => a.Value.Select(ChineseNormalizer.Normalize).ToArray());

    private static readonly string[] ComparedOldFormatLabels = [.. OldFormatLabels.Select(ChineseNormalizer.Normalize)];

    /// <summary>The labels that tell where the given table starts, normalised for comparing.</summary>
    public static IReadOnlyList<string> AnchorsOf(TableDescription table) => ComparedAnchors[table];

    public static MatchedTables Match(IReadOnlyList<SourceItem> items)
    {
        // Each item's text is normalised and each cell's value read once: the tables are walked many times over them.
        var read = SpacedNumbersApart(items).Select(ReadItem.Of).ToList();
        var values = new Dictionary<Datum, decimal?>();
        var lines = new Dictionary<Datum, int>();
        var found = new List<TableDescription>();
        var variants = new List<(string, string, int)>();
        var starts = ReportTables.All.ToDictionary(t => t, t => Start(read, t));
        var otherHandlingDetached = false;
        foreach (var table in ReportTables.All)
        {
            if (starts[table] is not { } start)
            {
                continue;
            }

            var end = starts.Values.Where(s => s > start).DefaultIfEmpty(read.Count).Min() ?? read.Count;
            var cells = read.GetRange(start, end - start).Where(i => i.Source is SourceCell).ToList();
            found.Add(table);
            Read(table, cells, values, lines, variants);
            otherHandlingDetached |= DetachedValues.Fill(table, cells, values, lines);
            if (table == ReportTables.Applications)
            {
                ReadFilledTemplate(read, start, end, values, lines);
            }
            else if (table == ReportTables.Review)
            {
                ReadFilledTemplateReview(read, start, values, lines);
            }
        }

        var zeroOtherHandling = otherHandlingDetached
                                || (found.Contains(ReportTables.Applications) && ReadSingleRowOtherHandling(read, values, lines));
        return new MatchedTables(values, lines, found, OldFormatSigns(read, zeroOtherHandling)) { Variants = variants };
    }

    /// <summary>
    /// 表三 the walk left short may be the filled Word template copied by plain pdftotext (<see cref="TemplateTable3"/>):
    /// read from its part title, as some of its numbers come before its first label.
    /// </summary>
    private static void ReadFilledTemplate(List<ReadItem> read, int start, int end, Dictionary<Datum, decimal?> values, Dictionary<Datum, int> lines)
    {
        var rows = ReadableRow.Of(ReportTables.Applications);
        if (rows.SelectMany(r => r.Data).All(values.ContainsKey))
        {
            return;
        }

        var title = read.FindLastIndex(start, start + 1, i => i.Compared.Contains(ComparedApplicationsTitle, StringComparison.Ordinal));
        var from = title < 0 ? start : title;
        if (TemplateTable3.Read(read.GetRange(from, end - from)) is not { } sheet)
        {
            return;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Data.Count; c++)
            {
                values[rows[r].Data[c]] = sheet[r][c].Value;
                lines[rows[r].Data[c]] = sheet[r][c].Source.Line;
            }
        }
    }

    /// <summary>
    /// 表四 the walk left short may be the filled Word template copied by plain pdftotext (<see cref="TemplateTable4"/>):
    /// read from its part title, after 表三's last number, to the end (its last 总计 may fall among part 五's lines).
    /// </summary>
    private static void ReadFilledTemplateReview(List<ReadItem> read, int start, Dictionary<Datum, decimal?> values, Dictionary<Datum, int> lines)
    {
        var data = ReadableRow.Of(ReportTables.Review).SelectMany(r => r.Data).ToList();
        if (data.All(values.ContainsKey))
        {
            return;
        }

        var title = read.FindLastIndex(start, start + 1, i => i.Compared.Contains(ComparedReviewTitle, StringComparison.Ordinal));
        var lastOfTable3 = ReadableRow.Of(ReportTables.Applications).SelectMany(r => r.Data)
            .Select(d => lines.TryGetValue(d, out var line) ? line : 0).DefaultIfEmpty(0).Max();
        var from = title < 0 ? start : title;
        var items = read.Skip(from).Where(i => i.Source.Line > lastOfTable3).ToList();
        if (TemplateTable4.Read(items) is not { } numbers)
        {
            return;
        }

        for (var i = 0; i < data.Count; i++)
        {
            values[data[i]] = numbers[i].Value;
            lines[data[i]] = numbers[i].Source.Line;
        }
    }

    private static readonly string ComparedReviewTitle = ChineseNormalizer.Normalize(PartTitles.Review);

    private static readonly string ComparedApplicationsTitle = ChineseNormalizer.Normalize(PartTitles.Applications);

    private static readonly ApplicationRow[] OtherHandlingRows = [ApplicationRow.OtherOverdueCorrection, ApplicationRow.OtherOverdueFee, ApplicationRow.OtherOther];

    /// <summary>
    /// （六）其他处理 printed as one row without its rows 1–3 (the 2019 试行 shape, which many 2021 reports keep): its rows
    /// are parts of it. A row of zeros is read as three rows of zeros and loses nothing. A row with cases cannot be
    /// shared out: it is read as 3.其他 with rows 1 and 2 as 0, so that 表三's totals (R2, R3, R4) are still checked with
    /// what was printed, and it stays a sign of the 2019 format that says so. True when the row is all zeros.
    /// </summary>
    private static bool ReadSingleRowOtherHandling(List<ReadItem> items, Dictionary<Datum, decimal?> values, Dictionary<Datum, int> lines)
    {
        var at = SingleRowOtherHandling(items);
        if (at < 0 || OtherHandlingRows.Any(r => ApplicantColumns.All.Any(c => values.ContainsKey(new ApplicationDatum(r, c)))))
        {
            return false;
        }

        var row = items.Skip(at + 1).Take(ApplicantColumns.All.Count).ToList();
        if (row.Count < ApplicantColumns.All.Count || row.Any(i => i is not { IsValue: true, Value: not null } || i.IsBlank))
        {
            return false;
        }

        var zeros = row.All(i => i.Value == 0);
        foreach (var otherRow in OtherHandlingRows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                var datum = new ApplicationDatum(otherRow, ApplicantColumns.All[c]);
                values[datum] = otherRow == ApplicationRow.OtherOther ? row[c].Value : 0;
                lines[datum] = zeros ? items[at].Source.Line : row[c].Source.Line;
            }
        }

        return zeros;
    }

    /// <summary>Where （六）其他处理 is printed as a cell with numbers of its own right after it, or -1.</summary>
    private static int SingleRowOtherHandling(List<ReadItem> items) =>
        items.FindIndex(0, Math.Max(items.Count - 1, 0), i => i.Source is SourceCell && i.Compared == ComparedOtherHandling)
            is var at && at >= 0 && items[at + 1] is { Source: SourceCell next, IsValue: true } && !next.IsBlank ? at : -1;

    private static readonly string ComparedOtherHandling = ChineseNormalizer.Normalize("（六）其他处理");

    /// <summary>Where a table starts: the first cell carrying one of its anchor labels, or null when it is absent.</summary>
    private static int? Start(List<ReadItem> items, TableDescription table)
    {
        var anchors = ComparedAnchors[table];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Source is SourceCell && anchors.Any(a => LabelMatch.Matches(items[i].Compared, a)))
            {
                // Back up over the cells of the same table that precede the anchor (its first header cells).
                var start = i;
                while (start > 0 && items[start - 1] is { Source: SourceCell, HasNumber: false } && i - start < 4)
                {
                    start--;
                }

                return start;
            }
        }

        return null;
    }

    /// <summary>
    /// A cell holding several numbers apart (`1 0 0 0 0 0 1`, a row pasted into one cell) holds several cells: digit
    /// groups apart are separate values, never one.
    /// </summary>
    private static IReadOnlyList<SourceItem> SpacedNumbersApart(IReadOnlyList<SourceItem> items)
    {
        if (!items.Any(i => i is SourceCell c && IsSpacedNumbers(c.Text)))
        {
            return items;
        }

        return items.SelectMany(i => i is SourceCell c && IsSpacedNumbers(c.Text)
            ? Tokens(c.Text).Select(t => (SourceItem)new SourceCell(t, c.Line))
            : [i]).ToList();
    }

    private static string[] Tokens(string text) =>
        new string(text.Select(ChineseNormalizer.HalfWidth).ToArray()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool IsSpacedNumbers(string text)
    {
        if (!text.Any(char.IsWhiteSpace) || !text.Any(c => char.IsAsciiDigit(ChineseNormalizer.HalfWidth(c))))
        {
            return false;
        }

        var tokens = Tokens(text);
        return tokens.Length > 1 && tokens.All(t => CellValue.TryRead(new SourceCell(t, 0), out var v) && v is not null);
    }

    private static void Read(TableDescription table, List<ReadItem> cells, Dictionary<Datum, decimal?> values, Dictionary<Datum, int> lines, List<(string, string, int)> variants)
    {
        var cursor = 0;
        foreach (var row in ReadableRow.Of(table))
        {
            int at;
            if (row.Label is { } label)
            {
                var labelAt = cells.FindIndex(cursor, c => LabelMatch.Matches(c.Compared, label));
                if (labelAt < 0)
                {
                    labelAt = cells.FindIndex(cursor, c => row.Labels.Skip(1).Any(v => LabelMatch.Matches(c.Compared, v)));
                    if (labelAt < 0)
                    {
                        continue;
                    }

                    variants.Add((cells[labelAt].Source.Text, row.Original!, cells[labelAt].Source.Line));
                }

                at = labelAt + 1;
            }
            else
            {
                // The numbers follow the last header label (blank cells of structured sources included).
                var firstNumber = cells.FindIndex(cursor, c => !c.IsBlank && c.IsValue);
                var searchEnd = firstNumber < 0 ? cells.Count : firstNumber;
                var lastLabel = cells.FindLastIndex(Math.Max(searchEnd - 1, 0), Math.Max(searchEnd - cursor, 0), c => !c.IsValue);
                at = lastLabel < 0 ? cursor : lastLabel + 1;
                if (at >= cells.Count)
                {
                    continue;
                }
            }

            var taken = 0;
            while (taken < row.Data.Count && at < cells.Count && cells[at].IsValue)
            {
                values[row.Data[taken]] = cells[at].Value;
                lines[row.Data[taken]] = cells[at].Source.Line;
                taken++;
                at++;
            }

            cursor = at;
        }
    }

    private static List<(string, int)> OldFormatSigns(List<ReadItem> items, bool zeroOtherHandling)
    {
        var signs = new List<(string, int)>();
        for (var i = 0; i < items.Count; i++)
        {
            var text = items[i].Compared;
            for (var k = 0; k < OldFormatLabels.Length; k++)
            {
                if (text.Contains(ComparedOldFormatLabels[k], StringComparison.Ordinal))
                {
                    signs.Add(($"出现“{OldFormatLabels[k]}”", items[i].Source.Line));
                }
            }

            // 2019 试行格式: （六）其他处理 was one row with numbers of its own (all zeros lose nothing: read as its rows).
            if (!zeroOtherHandling && i == SingleRowOtherHandling(items))
            {
                signs.Add(("表三“（六）其他处理”印作一行，其数值已按“3.其他”读取，1、2两项按0", items[i].Source.Line));
            }
        }

        // One finding per kind of superseded label: the 2019 table 二 repeats 本年新制作数量 in each of its groups.
        return signs.DistinctBy(s => s.Item1).ToList();
    }
}
