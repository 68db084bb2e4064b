using GovReportDocs.Model;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Reading.Tables.Template;

/// <summary>
/// Rows 一 to （五）5 of the filled template's 表三 (rows of one line each) as plain `pdftotext` prints them: bands of
/// rows one after the other, each its 自然人 column (one run, or short runs among the labels in row order), then its
/// other columns but 总计 a run each as tall as the band (自然人 and 商业企业 together, a row per line, when a line holds
/// both: `217 1`), and after some bands a run of 总计 for every row since the last one. Single numbers just before the
/// last 总计 run are the tall rows' (<see cref="TemplateTail"/>), printed there when their block comes first.
/// </summary>
internal static class TemplateBands
{
    /// <summary>The data columns, 自然人 to 总计.</summary>
    public static readonly int Columns = ApplicantColumns.All.Count;

    /// <summary>The 总计 column.</summary>
    public static readonly int Total = ApplicantColumns.All.ToList().IndexOf(ApplicantColumn.Total);

    /// <summary>Rows 一 to （五）5: the rows before （六）1, the first tall row (its label wraps over three lines).</summary>
    public static readonly int Rows = ReadableRow.Of(ReportTables.Applications).ToList()
        .FindIndex(r => r.Data[0] is ApplicationDatum { Row: ApplicationRow.OtherOverdueCorrection });

    /// <summary>
    /// Each way the runs from the first can be rows 一 to （五）5: its cells, the run after them, and the single numbers
    /// left before its last 总计 run.
    /// </summary>
    public static List<(Dictionary<(int Row, int Column), ReadItem> Cells, int Next, List<int> Skipped)> Placements(List<NumberRun> runs, int limit)
    {
        var found = new List<(Dictionary<(int, int), ReadItem>, int, List<int>)>();
        Band(0, 0, 0, [], []);
        return found;

        // A band from row `row` at run `at`; `pending`: the first row whose 总计 is not read yet.
        void Band(int at, int row, int pending, Dictionary<(int, int), ReadItem> cells, List<int> skipped)
        {
            if (found.Count > limit)
            {
                return;
            }

            if (row == Rows)
            {
                if (pending == Rows)
                {
                    found.Add((cells, at, skipped));
                    return;
                }

                LastTotals(at, pending, cells, skipped);
                return;
            }

            if (pending < row && at < runs.Count && IsColumn(runs[at], row - pending))
            {
                Band(at + 1, row, row, With(cells, runs[at], pending, Total), skipped);
            }

            var firstColumn = new List<ReadItem>();
            for (var next = at; next < runs.Count && firstColumn.Count < Rows - row;)
            {
                var run = runs[next++];
                firstColumn.AddRange(run.Items);
                var height = firstColumn.Count;
                if (height > Rows - row)
                {
                    break;
                }

                if (run.Across && next - 1 == at)
                {
                    Across(next, row, pending, cells, skipped, firstColumn);
                    break;
                }

                if (next + Total - 1 <= runs.Count && runs.Skip(next).Take(Total - 1).All(r => IsColumn(r, height)))
                {
                    var band = With(cells, firstColumn, row, 0);
                    for (var c = 1; c < Total; c++)
                    {
                        band = With(band, runs[next + c - 1], row, c);
                    }

                    Band(next + Total - 1, row + height, pending, band, skipped);
                }

                if (run.Count > 2)
                {
                    break;
                }
            }
        }

        // 自然人 and 商业企业 a row per line, then the other columns but 总计 a run each.
        void Across(int next, int row, int pending, Dictionary<(int, int), ReadItem> cells, List<int> skipped, List<ReadItem> pairs)
        {
            var height = pairs.Count / 2;
            if (pairs.Count % 2 != 0 || row + height > Rows || next + Total - 2 > runs.Count
                || !runs.Skip(next).Take(Total - 2).All(r => IsColumn(r, height)))
            {
                return;
            }

            var band = With(cells, [.. pairs.Where((_, i) => i % 2 == 0)], row, 0);
            band = With(band, [.. pairs.Where((_, i) => i % 2 == 1)], row, 1);
            for (var c = 2; c < Total; c++)
            {
                band = With(band, runs[next + c - 2], row, c);
            }

            Band(next + Total - 2, row + height, pending, band, skipped);
        }

        // The 总计 of every row left; single numbers before it are the tall rows'.
        void LastTotals(int at, int pending, Dictionary<(int, int), ReadItem> cells, List<int> skipped)
        {
            var height = Rows - pending;
            var singles = new List<int>();
            while (at < runs.Count && runs[at].Count != height)
            {
                if (runs[at].Count != 1)
                {
                    return;
                }

                singles.Add(at++);
            }

            if (at < runs.Count && !runs[at].Across && (height == 1 || !runs[at].OnLabel))
            {
                Band(at + 1, Rows, Rows, With(cells, runs[at], pending, Total), [.. skipped, .. singles]);
            }
        }
    }

    private static bool IsColumn(NumberRun run, int height) => run.Count == height && !run.Across && !run.OnLabel;

    private static Dictionary<(int, int), ReadItem> With(Dictionary<(int, int), ReadItem> cells, NumberRun run, int row, int column) =>
        With(cells, run.Items, row, column);

    private static Dictionary<(int, int), ReadItem> With(Dictionary<(int, int), ReadItem> cells, IReadOnlyList<ReadItem> column, int row, int c)
    {
        var copy = new Dictionary<(int, int), ReadItem>(cells);
        for (var r = 0; r < column.Count; r++)
        {
            copy[(row + r, c)] = column[r];
        }

        return copy;
    }
}
