using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.Files;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Normalization;
using GovReportDocs.Xlsx;

namespace GovReportDocs.Ledger;

/// <summary>
/// Counts a ledger's rows into 表三 and 表四 of a year, by the rules the format implies: an application received in the
/// year is 一、本年新收; one received earlier and not answered before the year is 二、上年结转; one answered in the year
/// counts in its 办理结果's row; one not answered by 31 December is 四、结转下年度. A 复议 or a lawsuit counts in the year
/// of its date, in the column of its result. A row that cannot be placed is counted nowhere and reported.
/// </summary>
internal static partial class LedgerCounter
{
    private static readonly string[] TotalWords = ["合计", "总计", "小计", "共计"];

    /// <summary>Counts the ledger's rows; a cancelled call (a client gone) stops between rows.</summary>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public static LedgerCount Count(IReadOnlyList<LedgerSheet> sheets, string file, int year, CancellationToken cancellation = default)
    {
        var state = new State(year);
        var read = new List<string>();
        foreach (var sheet in sheets)
        {
            if (LedgerLayouts.Find(sheet) is not { } layout)
            {
                if (sheet.Rows.Any(r => r.Any(v => v is not null)))
                {
                    state.Skipped.Add(new LedgerFinding(new LedgerRow(sheet.Name, 1), "未找到台账的表头（如“收到日期”“申请人类别”“办理结果”），整张工作表未统计"));
                }

                continue;
            }

            read.Add(sheet.Name);
            var merged = MergedBodyCells(sheet, layout);
            var sheetYear = YearOf(sheet.Name);
            for (var r = layout.HeaderRow + 1; r < sheet.Rows.Count; r++)
            {
                cancellation.ThrowIfCancellationRequested();
                var row = new SheetRow(sheet.Name, sheet.Rows[r], r, layout, merged, sheetYear);
                // A 合计 row may fill only the 序号 column, which is not read: it is told apart before blank lines are passed over.
                if (row.IsTotal)
                {
                    state.Skipped.Add(new LedgerFinding(row.Where, "合计行，不是一件申请，未统计"));
                    continue;
                }

                if (row.IsBlank)
                {
                    continue;
                }

                if (row.MergedFields() is { Length: > 0 } fields)
                {
                    state.Unplace(row, $"“{string.Join("”“", fields)}”在合并单元格中，值只记在合并区域的第一行，无法确定本行的值；请取消合并并逐行填写");
                    continue;
                }

                if (layout.Kind == LedgerSheetKind.Applications)
                {
                    CountApplication(row, state);
                }
                else
                {
                    CountCase(row, layout.Kind, state);
                }
            }
        }

        if (read.Count == 0)
        {
            throw new ReportReadException(file,
                $"未找到台账：没有一张工作表有台账的表头（应有“{LedgerLabels.Received}”和“{LedgerLabels.Category}”或“{LedgerLabels.Outcome}”等列；可用 govreport ledger init 生成台账模板）");
        }

        var applications = ApplicationStatistics.FromRows(ApplicationStatistics.EnteredRows.ToDictionary(
            r => r, r => ApplicantCounts.FromValues([.. ApplicantCounts.ApplicantColumns.Select(c => state.CountOf(new ApplicationDatum(r, c)))])));
        var review = new ReviewAndLitigation(
            ReviewLabels.Build(o => state.CountOf(new ReviewDatum(ReviewGroup.Review, o))),
            ReviewLabels.Build(o => state.CountOf(new ReviewDatum(ReviewGroup.LitigationDirect, o))),
            ReviewLabels.Build(o => state.CountOf(new ReviewDatum(ReviewGroup.LitigationAfterReview, o))));
        return new LedgerCount(file, year, applications, review, state.Behind, state.Unplaced, state.Skipped, state.OtherYears, read);
    }

    private static void CountApplication(SheetRow row, State state)
    {
        if (!row.Date(LedgerField.Received, LedgerLabels.Received, state, required: true, out var received)
            || !row.Date(LedgerField.Answered, LedgerLabels.Answered, state, required: false, out var answered))
        {
            return;
        }

        if (answered < received)
        {
            state.Unplace(row, $"答复日期{Show(answered!.Value)}早于收到日期{Show(received!.Value)}");
            return;
        }

        if (row.SheetYear is { } sheetYear && received!.Value.Year != sheetYear)
        {
            state.Unplace(row, $"收到日期{Show(received.Value)}在{received.Value.Year}年，而所在工作表是{sheetYear}年的；请核对年份");
            return;
        }

        var duplicate = state.Duplicate(row, received!.Value);
        if (received.Value.Year > state.Year || answered?.Year < state.Year)
        {
            state.OtherYears++;
            return;
        }

        if (duplicate is { } first)
        {
            state.Unplace(row, $"与{first}重复（收到日期、申请人和申请内容都相同），未重复统计");
            return;
        }

        var categoryText = row.Text(LedgerField.Category);
        if (categoryText.Length == 0)
        {
            state.Unplace(row, $"没有{LedgerLabels.Category}；应为{ApplicantColumns.ApplicantLabelList}之一");
            return;
        }

        var category = state.CategoryOf(categoryText);
        if (category.Value is not { } column)
        {
            state.Unplace(row, category.Problem!);
            return;
        }

        var outcomeText = row.Text(LedgerField.Outcome);
        ApplicationRow result;
        if (answered?.Year == state.Year)
        {
            if (outcomeText.Length == 0)
            {
                state.Unplace(row, $"已于{Show(answered.Value)}答复，但没有{LedgerLabels.Outcome}");
                return;
            }

            var outcome = state.OutcomeOf(outcomeText);
            if (outcome.Value is not { } matched)
            {
                state.Unplace(row, outcome.Problem!);
                return;
            }

            result = matched;
        }
        else if (answered is null && outcomeText.Length > 0)
        {
            state.Unplace(row, $"有{LedgerLabels.Outcome}“{outcomeText}”但没有{LedgerLabels.Answered}，无法确定在哪一年办结");
            return;
        }
        else
        {
            result = ApplicationRow.CarriedForward;
        }

        var entry = new LedgerEntry(row.Where, received.Value, answered, row.Text(LedgerField.Applicant),
            Join(row.Text(LedgerField.Content), outcomeText));
        state.Place(new ApplicationDatum(received.Value.Year == state.Year ? ApplicationRow.NewlyReceived : ApplicationRow.CarriedOver, column), entry);
        state.Place(new ApplicationDatum(result, column), entry);
    }

    private static void CountCase(SheetRow row, LedgerSheetKind kind, State state)
    {
        if (!row.Date(LedgerField.Received, LedgerLabels.Received, state, required: true, out var date))
        {
            return;
        }

        if (row.SheetYear is { } sheetYear && date!.Value.Year != sheetYear)
        {
            state.Unplace(row, $"日期{Show(date.Value)}在{date.Value.Year}年，而所在工作表是{sheetYear}年的；请核对年份");
            return;
        }

        if (date!.Value.Year != state.Year)
        {
            state.OtherYears++;
            return;
        }

        var group = ReviewGroup.Review;
        var kindText = row.Text(LedgerField.LitigationKind);
        if (kind == LedgerSheetKind.Litigation)
        {
            var match = kindText.Length == 0
                ? WordMatch<ReviewGroup>.NotFound($"没有{LedgerLabels.LitigationKind}；应为{string.Join("或", LedgerLabels.LitigationKinds.Select(k => k.Label))}")
                : LedgerWords.LitigationKind(kindText);
            if (match.Value is not { } litigation)
            {
                state.Unplace(row, match.Problem!);
                return;
            }

            group = litigation;
        }

        var resultText = row.Text(LedgerField.Result);
        var result = resultText.Length == 0
            ? WordMatch<ReviewOutcome>.NotFound($"没有{LedgerLabels.Result}；未审结的应填“{ReviewLabels.Outcome(ReviewOutcome.Pending)}”")
            : LedgerWords.Result(resultText);
        if (result.Value is not { } outcome)
        {
            state.Unplace(row, result.Problem!);
            return;
        }

        state.Place(new ReviewDatum(group, outcome),
            new LedgerEntry(row.Where, date.Value, null, row.Text(LedgerField.Case), Join(kindText, resultText)));
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : $"{a}｜{b}";

    internal static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The year a sheet's name gives (2025年, 2025), when it gives exactly one.</summary>
    private static int? YearOf(string sheetName)
    {
        var years = SheetYear().Matches(sheetName);
        return years.Count == 1 ? int.Parse(years[0].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Body cells covered by a merged range below its first row, in the columns that are read: (row, column) → its range.</summary>
    private static Dictionary<(int Row, int Column), string> MergedBodyCells(LedgerSheet sheet, LedgerLayout layout)
    {
        var cells = new Dictionary<(int, int), string>();
        var read = layout.Columns.Values.ToHashSet();
        foreach (var range in sheet.Merges.Where(m => m.ToRow > m.FromRow && m.ToRow > layout.HeaderRow))
        {
            for (var r = Math.Max(range.FromRow + 1, layout.HeaderRow + 1); r <= range.ToRow; r++)
            {
                for (var c = range.FromColumn; c <= range.ToColumn; c++)
                {
                    if (read.Contains(c))
                    {
                        cells[(r, c)] = $"{XlsxPackage.Reference(range.FromRow, range.FromColumn)}:{XlsxPackage.Reference(range.ToRow, range.ToColumn)}";
                    }
                }
            }
        }

        return cells;
    }

    [GeneratedRegex(@"(?<!\d)20\d\d(?!\d)")]
    private static partial Regex SheetYear();

    /// <summary>One body row, read through its sheet's layout.</summary>
    private sealed class SheetRow(string sheet, object?[] values, int index, LedgerLayout layout,
        Dictionary<(int Row, int Column), string> merged, int? sheetYear)
    {
        public LedgerRow Where { get; } = new(sheet, index + 1);

        public int? SheetYear => sheetYear;

        public bool IsBlank => layout.Columns.Values.All(c => IsEmpty(Value(c)));

        /// <summary>A 合计 row: its first filled cell says so.</summary>
        public bool IsTotal => values.FirstOrDefault(v => !IsEmpty(v)) is string first
                               && TotalWords.Any(w => ChineseNormalizer.Normalize(first).StartsWith(w, StringComparison.Ordinal));

        public string[] MergedFields() =>
        [
            .. layout.Columns.Where(p => merged.ContainsKey((index, p.Value)) && IsEmpty(Value(p.Value)))
                .OrderBy(p => p.Value).Select(p => Header(p.Key)),
        ];

        public string Text(LedgerField field) => layout.Columns.TryGetValue(field, out var c) ? TextOf(Value(c)) : string.Empty;

        /// <summary>Reads a date column; false (after reporting why) when the row cannot be placed.</summary>
        public bool Date(LedgerField field, string label, State state, bool required, out DateOnly? date)
        {
            date = null;
            var value = layout.Columns.TryGetValue(field, out var c) ? Value(c) : null;
            if (IsEmpty(value))
            {
                if (required)
                {
                    state.Unplace(this, $"没有{label}，无法确定属于哪一年");
                }

                return !required;
            }

            var (read, isText) = LedgerDates.Read(value!);
            if (read is null)
            {
                state.Unplace(this, isText
                    ? $"{label}“{TextOf(value)}”不是日期；应写成 2025-03-01 这样的日期"
                    : $"{label}“{TextOf(value)}”不是日期");
                return false;
            }

            if (!LedgerDates.Plausible(read.Value))
            {
                state.Unplace(this, $"{label}{Show(read.Value)}不可能是申请的日期（条例自{Show(LedgerDates.Earliest)}施行）；请核对年份");
                return false;
            }

            date = read;
            return true;
        }

        private object? Value(int column) => column < values.Length ? values[column] : null;

        private static string Header(LedgerField field) => field switch
        {
            LedgerField.Received => LedgerLabels.Received,
            LedgerField.Applicant => LedgerLabels.Applicant,
            LedgerField.Category => LedgerLabels.Category,
            LedgerField.Content => LedgerLabels.Content,
            LedgerField.Outcome => LedgerLabels.Outcome,
            LedgerField.Answered => LedgerLabels.Answered,
            LedgerField.Case => LedgerLabels.Case,
            LedgerField.LitigationKind => LedgerLabels.LitigationKind,
            _ => LedgerLabels.Result,
        };

        private static bool IsEmpty(object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));

        private static string TextOf(object? value) => value switch
        {
            null => string.Empty,
            string s => s.Trim(),
            DateTime d => Show(DateOnly.FromDateTime(d)),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }

    /// <summary>What the count has gathered so far.</summary>
    private sealed class State(int year)
    {
        private readonly Dictionary<(DateOnly, string, string), LedgerRow> _seen = [];

        // A ledger says the same few dozen words thousands of times: each is matched once per count.
        private readonly Dictionary<string, WordMatch<ApplicantColumn>> _categories = new(StringComparer.Ordinal);
        private readonly Dictionary<string, WordMatch<ApplicationRow>> _outcomes = new(StringComparer.Ordinal);

        public int Year => year;

        public WordMatch<ApplicantColumn> CategoryOf(string word) =>
            _categories.TryGetValue(word, out var match) ? match : _categories[word] = LedgerWords.Category(word);

        public WordMatch<ApplicationRow> OutcomeOf(string word) =>
            _outcomes.TryGetValue(word, out var match) ? match : _outcomes[word] = LedgerWords.Outcome(word);

        public Dictionary<Datum, List<LedgerEntry>> Behind { get; } = [];

        public List<LedgerFinding> Unplaced { get; } = [];

        public List<LedgerFinding> Skipped { get; } = [];

        public int OtherYears { get; set; }

        public void Unplace(SheetRow row, string message) => Unplaced.Add(new LedgerFinding(row.Where, message));

        public void Place(Datum datum, LedgerEntry entry)
        {
            if (!Behind.TryGetValue(datum, out var rows))
            {
                Behind[datum] = rows = [];
            }

            rows.Add(entry);
        }

        public int CountOf(Datum datum) => Behind.TryGetValue(datum, out var rows) ? rows.Count : 0;

        /// <summary>The earlier row with the same date, applicant and content, if any; only rows with both texts are compared.</summary>
        public LedgerRow? Duplicate(SheetRow row, DateOnly received)
        {
            var applicant = ChineseNormalizer.Normalize(row.Text(LedgerField.Applicant));
            var content = ChineseNormalizer.Normalize(row.Text(LedgerField.Content));
            if (applicant.Length == 0 || content.Length == 0)
            {
                return null;
            }

            return _seen.TryAdd((received, applicant, content), row.Where) ? null : _seen[(received, applicant, content)];
        }
    }
}
