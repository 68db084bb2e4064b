using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Validation;

namespace GovReportDocs.Reading.Tables;

/// <summary>
/// Rows of glued numbers that their own rules split more than one way, settled by the rest of the report where it
/// can: 表三 by its column rules over all its rows (R2: 一 + 二 = （七）总计 + 四; R3: （七）总计 = the 21 result rows),
/// 表二 by the numbers its text quotes for the row (`现行有效行政规范性文件698件`). What is left open is a guess.
/// </summary>
internal static class GluedGuesses
{
    /// <summary>
    /// Bounds the combinations of 表三's guessed rows tried together: each costs a sheet and two rules (~40–120 µs), so
    /// 1,024 take up to ~0.1 s; the corpus needs at most 4. Beyond it the rows stay guesses, each told as a warning.
    /// </summary>
    private const int MaxCombinations = 1024;

    private static readonly IReportRule[] ColumnRules = [new R2ApplicationBalance(), new R3ResultsTotal()];

    /// <summary>R2 and R3 look at the numbers only: the report they are given is a placeholder.</summary>
    private static readonly AnnualReport NoReport = AnnualReport.Empty("", 0);

    /// <summary>What the text says of each column of 表二's first block, before the row's label.</summary>
    private static readonly Dictionary<string, string> ColumnWords = new()
    {
        [ProactiveLabels.Issued] = "制发|印发|出台",
        [ProactiveLabels.Repealed] = "废止",
        [ProactiveLabels.InForce] = "现行有效",
    };

    /// <summary>The numbers with each guessed row as the report settles it, and the guesses left open (as read, likeliest split first).</summary>
    public static (Dictionary<Datum, decimal?> Values, List<SourceGuess> Open) Settle(
        IReadOnlyDictionary<Datum, decimal?> values, IReadOnlyList<SourceGuess> guesses, IReadOnlyList<string> texts)
    {
        var settled = values.ToDictionary();
        // A row with more splits than were kept, or whose numbers the tables did not take as read, stays a guess.
        var open = guesses.Where(g => !Settleable(g, values)).ToList();
        var rows = guesses.Except(open).ToList();

        open.AddRange(SettleByColumns(settled, rows.Where(g => g.Row.Data[0] is ApplicationDatum).ToList()));
        foreach (var guess in rows.Where(g => g.Row.Data[0] is ProactiveDatum))
        {
            if (SplitQuotedInText(guess.Row, texts) is { } split)
            {
                Write(settled, guess.Row, split);
            }
            else
            {
                open.Add(guess);
            }
        }

        open.AddRange(rows.Where(g => g.Row.Data[0] is ReviewDatum));
        return (settled, open.OrderBy(g => g.Line).ToList());
    }

    private static bool Settleable(SourceGuess guess, IReadOnlyDictionary<Datum, decimal?> values) =>
        guess.Row.Splits.Count < GluedNumbers.MaxSplitsKept
        && guess.Row.Data.Select(d => values.GetValueOrDefault(d)).SequenceEqual(guess.Row.Values);

    /// <summary>
    /// Every combination of the guessed rows' splits is tried against R2 and R3; those that break the fewest stand.
    /// A row that takes one split in all of them is settled; the others keep the splits that stand, likeliest first.
    /// </summary>
    private static List<SourceGuess> SettleByColumns(Dictionary<Datum, decimal?> values, List<SourceGuess> rows)
    {
        if (rows.Count == 0 || rows.Aggregate(1L, (n, g) => n * g.Row.Splits.Count) > MaxCombinations)
        {
            return rows;
        }

        var best = new List<int[]>();
        var fewest = int.MaxValue;
        foreach (var combination in Combinations(rows.Select(g => g.Row.Splits.Count).ToArray()))
        {
            var trial = new Dictionary<Datum, decimal?>(values);
            for (var i = 0; i < rows.Count; i++)
            {
                Write(trial, rows[i].Row, rows[i].Row.Splits[combination[i]]);
            }

            var context = new ValidationContext(NoReport, StatisticsSheet.FromValues(trial));
            var broken = ColumnRules.Sum(rule => rule.Check(context).Count());
            if (broken < fewest)
            {
                (fewest, best) = (broken, []);
            }

            if (broken == fewest)
            {
                best.Add(combination);
            }
        }

        var open = new List<SourceGuess>();
        for (var i = 0; i < rows.Count; i++)
        {
            var standing = best.Select(c => c[i]).Distinct().Order().Select(s => rows[i].Row.Splits[s]).ToList();
            Write(values, rows[i].Row, standing[0]);
            if (standing.Count > 1)
            {
                open.Add(new SourceGuess(rows[i].Row with { Splits = standing }, rows[i].Line));
            }
        }

        return open;
    }

    /// <summary>Each combination of one index below each count, the first (all likeliest) first.</summary>
    private static IEnumerable<int[]> Combinations(int[] counts)
    {
        var current = new int[counts.Length];
        while (true)
        {
            yield return (int[])current.Clone();
            var k = 0;
            while (k < counts.Length && ++current[k] == counts[k])
            {
                current[k++] = 0;
            }

            if (k == counts.Length)
            {
                yield break;
            }
        }
    }

    /// <summary>The one split of a 表二 row that has every number the text quotes for a cell of it, or null.</summary>
    private static IReadOnlyList<string>? SplitQuotedInText(GluedRow row, IReadOnlyList<string> texts)
    {
        var label = row.Data[0].RowLabel;
        var labels = string.Join("|", new[] { label }.Concat(LabelVariants.Of(label)).Select(Regex.Escape));
        var quoted = row.Data.Select((datum, i) => (Cell: i, Words: ColumnWords.GetValueOrDefault(datum.ColumnLabel)))
            .Where(c => c.Words is not null)
            .SelectMany(c => texts.SelectMany(t => Regex.Matches(t, $@"(?:{c.Words})[^，。；,;\d]{{0,12}}?(?:{labels})(?<n>\d{{1,9}})件"))
                .Select(m => (c.Cell, Number: decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture))))
            .ToList();
        if (quoted.Count == 0)
        {
            return null;
        }

        var fitting = row.Splits.Where(s => quoted.All(q => GluedRow.ValuesOf(s)[q.Cell] == q.Number)).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    private static void Write(Dictionary<Datum, decimal?> values, GluedRow row, IReadOnlyList<string> split)
    {
        var cells = GluedRow.ValuesOf(split);
        for (var i = 0; i < row.Data.Count; i++)
        {
            values[row.Data[i]] = cells[i];
        }
    }
}
