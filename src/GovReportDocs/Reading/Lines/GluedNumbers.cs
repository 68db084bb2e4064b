using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Reading.Lines;

/// <summary>
/// Splits the numbers of one table row that a copy glued together (`15130000154`, `20 0 0 0 02`) into the row's
/// cells. White space is always a cell boundary; a number never starts with 0 unless it is 0. Of the splits left,
/// the one is taken whose totals equal their parts (表三 总计 column, 表四 总计 of each group), then whose 现行有效
/// is not below 本年制发 and 本年废止, then with the fewest non-zero cells, then with the most even widths, then whose
/// numbers grow toward the row's end (its 总计, its 现行有效), then by the widths left to right. When the totals and
/// 现行有效 alone leave more than one split, the others are kept (<see cref="GluedRow.Splits"/>) for the rest of the
/// report to settle (<see cref="Tables.GluedGuesses"/>); what it leaves open is read as the likeliest, a guess. When no
/// split keeps the row's rules and two are alike in every other way, the row is not read.
/// </summary>
internal static class GluedNumbers
{
    /// <summary>Enough for every real row; bounds the time a hostile run of digits can take.</summary>
    private const int MaxCandidates = 20_000;

    private const int MaxDigits = 9;

    /// <summary>The splits kept of a guessed row, for the rest of the report to settle; a row with more stays a guess.</summary>
    public const int MaxSplitsKept = 64;

    /// <summary>The row's values (null where the row printed a missing mark), or null when no single split fits.</summary>
    public static IReadOnlyList<decimal?>? Split(IReadOnlyList<string> tokens, IReadOnlyList<Datum> data) => Read(tokens, data)?.Values;

    /// <summary>
    /// The row's cells and the other splits its own rules allow, or null when no single split fits. 表四's one row of three
    /// groups that cannot be split whole is split group by group where white space parts them: a group no split fits
    /// is left missing (<see cref="GluedRow.Unsplit"/>), the others read.
    /// </summary>
    public static GluedRow? Read(IReadOnlyList<string> tokens, IReadOnlyList<Datum> data) =>
        ReadWhole(tokens, data) ?? ByGroups(tokens, data);

    /// <summary>
    /// 表四 split group by group at white space: of the ways to part the tokens into its groups, the one that leaves the
    /// fewest groups unsplit; null when none reads a group, or two ways part it alike.
    /// </summary>
    private static GluedRow? ByGroups(IReadOnlyList<string> tokens, IReadOnlyList<Datum> data)
    {
        var groups = data.Select(d => d is ReviewDatum r ? r.Group : (ReviewGroup?)null).ToList();
        if (groups.Contains(null) || groups.Distinct().Count() != 3 || tokens.Count < 3)
        {
            return null;
        }

        var sizes = groups.GroupBy(g => g).Select(g => g.Count()).ToArray();
        var groupData = new List<IReadOnlyList<Datum>> { data.Take(sizes[0]).ToList(), data.Skip(sizes[0]).Take(sizes[1]).ToList(), data.Skip(sizes[0] + sizes[1]).ToList() };
        (int Unread, List<string>[] Slices, GluedRow?[] Rows)? best = null;
        var tied = false;
        for (var first = 1; first < tokens.Count - 1; first++)
        {
            for (var second = first + 1; second < tokens.Count; second++)
            {
                var slices = new[] { tokens.Take(first).ToList(), tokens.Skip(first).Take(second - first).ToList(), tokens.Skip(second).ToList() };

                // Each group's tokens are at least as many digits as it has cells, and no more tokens than cells.
                if (slices.Where((slice, g) => slice.Sum(t => t.Length) < sizes[g] || slice.Count > sizes[g]).Any())
                {
                    continue;
                }

                var rows = slices.Select((slice, g) => ReadWhole(slice, groupData[g])).ToArray();
                var unread = rows.Count(r => r is null);
                if (unread == 3 || best is { } b && unread > b.Unread)
                {
                    continue;
                }

                tied = best is { } c && unread == c.Unread;
                if (!tied)
                {
                    best = (unread, slices, rows);
                }
            }
        }

        if (best is not { } found || tied)
        {
            return null;
        }

        var pieces = found.Rows.SelectMany((row, g) => row?.Pieces ?? Enumerable.Repeat("—", sizes[g])).ToList();
        var unsplit = found.Slices.Where((_, g) => found.Rows[g] is null).Select(slice => string.Join(" ", slice));
        return new GluedRow(tokens, [pieces], data) { Unsplit = string.Join("；", unsplit) };
    }

    /// <summary>The row's cells and the other splits its own rules allow, or null when no single split fits.</summary>
    private static GluedRow? ReadWhole(IReadOnlyList<string> tokens, IReadOnlyList<Datum> data)
    {
        if (tokens.Count == data.Count || data.Count == 1)
        {
            return tokens.Count == data.Count && tokens.All(t => CellValue.TryRead(new SourceCell(t, 0), out _)) ? new GluedRow(tokens, [tokens], data) : null;
        }

        var candidates = new List<string[]>();
        var charsAfter = new int[tokens.Count + 1];
        for (var t = tokens.Count - 1; t >= 0; t--)
        {
            charsAfter[t] = charsAfter[t + 1] + tokens[t].Length;
        }

        Enumerate(tokens, charsAfter, 0, 0, data.Count, new List<string>(), candidates);
        if (candidates.Count == 0 || candidates.Count >= MaxCandidates)
        {
            return null;
        }

        // Ordered by the rank and then by the widths left to right (shorter first): a split is its widths, so the order is total.
        var rules = RowRules.Of(data);
        var ranked = candidates.Select(c => (Pieces: c, Key: Rank(c, rules))).OrderBy(c => c.Key).ThenBy(c => c.Pieces, WidthsOrder.Instance).ToList();
        static (int, int, int, int, int) Fit((int, int, int, int, int, int) key) => (key.Item1, key.Item2, key.Item3, key.Item4, key.Item5);
        if (ranked.Count > 1 && (ranked[0].Key.Item1 > 0 || ranked[0].Key.Item2 > 0) && Fit(ranked[0].Key) == Fit(ranked[1].Key))
        {
            // No split keeps the row's own rules, and the counts and widths find none likelier: nothing to read, not even a guess.
            return null;
        }

        // The first two keys are what the row's own rules say; the rest only what is likelier.
        var fitting = ranked.TakeWhile(c => (c.Key.Item1, c.Key.Item2) == (ranked[0].Key.Item1, ranked[0].Key.Item2))
            .Take(MaxSplitsKept).Select(c => (IReadOnlyList<string>)c.Pieces).ToList();
        return new GluedRow(tokens, fitting, data);
    }

    /// <summary>Every cut of the tokens into <paramref name="wanted"/> pieces (charsAfter: the characters of the tokens from each one on).</summary>
    private static void Enumerate(IReadOnlyList<string> tokens, int[] charsAfter, int token, int at, int wanted, List<string> pieces, List<string[]> found)
    {
        if (found.Count >= MaxCandidates)
        {
            return;
        }

        if (token == tokens.Count)
        {
            if (pieces.Count == wanted)
            {
                found.Add(pieces.ToArray());
            }

            return;
        }

        var text = tokens[token];
        var remainingChars = charsAfter[token] - at;
        var remainingTokens = tokens.Count - token;
        if (pieces.Count + remainingTokens > wanted || pieces.Count + remainingChars < wanted)
        {
            return;
        }

        for (var length = 1; length <= Math.Min(MaxDigits, text.Length - at); length++)
        {
            var piece = text.Substring(at, length);
            if (!IsPiece(piece))
            {
                continue;
            }

            pieces.Add(piece);
            if (at + length == text.Length)
            {
                Enumerate(tokens, charsAfter, token + 1, 0, wanted, pieces, found);
            }
            else
            {
                Enumerate(tokens, charsAfter, token, at + length, wanted, pieces, found);
            }

            pieces.RemoveAt(pieces.Count - 1);
        }
    }

    /// <summary>A whole number without a leading 0 (or 0 itself), or one missing mark.</summary>
    private static bool IsPiece(string piece) =>
        GluedRow.ValueOf(piece) is null ? piece.Length == 1 && !char.IsAsciiDigit(piece[0]) : piece.Length == 1 || piece[0] != '0';

    private static (int, int, int, int, int, int) Rank(string[] pieces, RowRules rules)
    {
        var values = new decimal?[pieces.Length];
        int nonZero = 0, widest = 0, narrowest = int.MaxValue, narrowing = 0;
        for (var i = 0; i < pieces.Length; i++)
        {
            values[i] = GluedRow.ValueOf(pieces[i]);
            nonZero += values[i] is not null and not 0 ? 1 : 0;
            widest = Math.Max(widest, pieces[i].Length);
            narrowest = Math.Min(narrowest, pieces[i].Length);
            narrowing += i > 0 && pieces[i].Length < pieces[i - 1].Length ? 1 : 0;
        }

        // 693665 as 规章: 6|93|665 and 69|3|665 are alike in all else; a row's counts grow toward its total or 现行有效.
        return (rules.BrokenTotals(values), rules.Implausible(values), nonZero, widest, -narrowest, narrowing);
    }

    /// <summary>Splits by their widths, left to right: the last word between splits alike in every other way.</summary>
    private sealed class WidthsOrder : IComparer<string[]>
    {
        public static readonly WidthsOrder Instance = new();

        public int Compare(string[]? x, string[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                if (x[i].Length != y[i].Length)
                {
                    return x[i].Length.CompareTo(y[i].Length);
                }
            }

            return 0;
        }
    }

    /// <summary>What a row's own rules compare, as indexes of its cells; worked out once per row, not per split.</summary>
    private sealed record RowRules(IReadOnlyList<(int Total, int[] Parts)> Totals, IReadOnlyList<(int Issued, int Repealed, int InForce)> InForce)
    {
        private static readonly (ProactiveItem Issued, ProactiveItem Repealed, ProactiveItem InForce)[] Documents =
        [
            (ProactiveItem.RulesIssued, ProactiveItem.RulesRepealed, ProactiveItem.RulesInForce),
            (ProactiveItem.NormativeIssued, ProactiveItem.NormativeRepealed, ProactiveItem.NormativeInForce),
        ];

        /// <summary>Each total of the row (表三 总计 column, 表四 总计 of each group) with its parts; 现行有效 with 本年制发 and 本年废止.</summary>
        public static RowRules Of(IReadOnlyList<Datum> data)
        {
            var totals = new List<(int, int[])>();
            for (var i = 0; i < data.Count; i++)
            {
                var parts = data[i] switch
                {
                    ApplicationDatum { Column: ApplicantColumn.Total } total =>
                        Enumerable.Range(0, data.Count).Where(j => data[j] is ApplicationDatum d && d.Row == total.Row && d.Column != ApplicantColumn.Total).ToArray(),
                    ReviewDatum { Outcome: ReviewOutcome.Total } total =>
                        Enumerable.Range(0, data.Count).Where(j => data[j] is ReviewDatum d && d.Group == total.Group && d.Outcome != ReviewOutcome.Total).ToArray(),
                    _ => null,
                };
                if (parts is not null)
                {
                    totals.Add((i, parts));
                }
            }

            int IndexOf(ProactiveItem item) => data.Select((d, i) => (d, i)).FirstOrDefault(x => x.d is ProactiveDatum p && p.Item == item, (null!, -1)).i;
            var inForce = Documents.Select(d => (IndexOf(d.Issued), IndexOf(d.Repealed), IndexOf(d.InForce))).Where(d => d.Item3 >= 0).ToList();
            return new RowRules(totals, inForce);
        }

        /// <summary>How many totals of the row differ from the sum of their parts.</summary>
        public int BrokenTotals(decimal?[] values)
        {
            var broken = 0;
            foreach (var (total, parts) in Totals)
            {
                var sum = 0m;
                foreach (var part in parts)
                {
                    sum += values[part] ?? 0;
                }

                broken += sum != (values[total] ?? 0) ? 1 : 0;
            }

            return broken;
        }

        /// <summary>Documents in force fewer than those issued or repealed this year: possible, but rarely so.</summary>
        public int Implausible(decimal?[] values)
        {
            decimal? At(int index) => index < 0 ? null : values[index];

            var count = 0;
            foreach (var (issued, repealed, inForce) in InForce)
            {
                if (values[inForce] is { } n && (At(issued) > n || At(repealed) > n))
                {
                    count++;
                }
            }

            return count;
        }
    }
}
