using System.Collections.Immutable;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Ledger;

/// <summary>A row of a ledger: its sheet and its row number as the spreadsheet program shows it (the header is usually 1).</summary>
public sealed record LedgerRow(string Sheet, int Row)
{
    /// <inheritdoc />
    public override string ToString() => $"工作表“{Sheet}”第{Row}行";
}

/// <summary>A ledger row that was counted, with what a reviewer needs to recognise it.</summary>
/// <param name="Row">Where it is.</param>
/// <param name="Date">收到日期 (of an application, a 复议 or a lawsuit).</param>
/// <param name="Answered">答复日期, or null when not answered.</param>
/// <param name="Who">申请人姓名或名称, or the case.</param>
/// <param name="What">申请内容 and 办理结果, or the case's result, as written.</param>
public sealed record LedgerEntry(LedgerRow Row, DateOnly Date, DateOnly? Answered, string Who, string What);

/// <summary>A row that could not be counted, or was left out on purpose (a 合计 row), and why, in Chinese.</summary>
public sealed record LedgerFinding(LedgerRow Row, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Row}：{Message}";
}

/// <summary>
/// 表三 and 表四 of one year counted from a ledger (登记台账), each number with the ledger rows behind it, and every
/// row that could not be placed with the reason. Rows not placed are counted nowhere, so the counts always balance
/// (R2–R5 hold by construction); they are the rows to fix in the ledger.
/// </summary>
public sealed class LedgerCount
{
    private readonly ImmutableDictionary<Datum, ImmutableArray<LedgerEntry>> _behind;

    internal LedgerCount(string file, int year, ApplicationStatistics applications, ReviewAndLitigation review,
        IReadOnlyDictionary<Datum, List<LedgerEntry>> behind, IEnumerable<LedgerFinding> unplaced, IEnumerable<LedgerFinding> skipped,
        int otherYears, IEnumerable<string> sheets)
    {
        File = file;
        Year = year;
        Applications = applications;
        Review = review;
        _behind = behind.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray());
        Unplaced = [.. unplaced];
        Skipped = [.. skipped];
        OtherYears = otherYears;
        Sheets = [.. sheets];
    }

    /// <summary>The ledger's file name.</summary>
    public string File { get; }

    /// <summary>The year counted.</summary>
    public int Year { get; }

    /// <summary>表三 of the year.</summary>
    public ApplicationStatistics Applications { get; }

    /// <summary>表四 of the year.</summary>
    public ReviewAndLitigation Review { get; }

    /// <summary>Rows that belong to no cell because something in them is missing or cannot be matched: fix these.</summary>
    public ImmutableArray<LedgerFinding> Unplaced { get; }

    /// <summary>Rows left out on purpose: 合计 rows, sheets that are not a ledger.</summary>
    public ImmutableArray<LedgerFinding> Skipped { get; }

    /// <summary>Rows of other years: received after the year, or answered before it.</summary>
    public int OtherYears { get; }

    /// <summary>The sheets read as a ledger, in workbook order.</summary>
    public ImmutableArray<string> Sheets { get; }

    /// <summary>The ledger rows behind one number of 表三 or 表四 (a 总计 gathers the rows of its parts), in ledger order.</summary>
    public IReadOnlyList<LedgerEntry> RowsBehind(Datum datum)
    {
        ArgumentNullException.ThrowIfNull(datum);
        IEnumerable<Datum> parts = datum switch
        {
            ApplicationDatum { Row: ApplicationRow.ResultsTotal } d =>
                ApplicationStatistics.ResultRows.Select(r => new ApplicationDatum(r, d.Column)),
            _ => [datum],
        };
        parts = parts.SelectMany<Datum, Datum>(d => d switch
        {
            ApplicationDatum { Column: ApplicantColumn.Total } a => ApplicantCounts.ApplicantColumns.Select(c => new ApplicationDatum(a.Row, c)),
            ReviewDatum { Outcome: ReviewOutcome.Total } r => ReviewLabels.EnteredOutcomes.Select(o => new ReviewDatum(r.Group, o)),
            _ => [d],
        });
        return [.. parts.SelectMany(d => _behind.TryGetValue(d, out var rows) ? rows : [])
            .OrderBy(e => Sheets.IndexOf(e.Row.Sheet))
            .ThenBy(e => e.Row.Row)];
    }

    /// <summary>Each number with its rows, one line per cell that is not 0: <c>表三 第一行“本年新收” 自然人列 = 3：工作表“…”第2–4行</c>.</summary>
    public IEnumerable<string> ExplainLines() => LedgerExplanation.Lines(this);

    /// <summary>One HTML page: the rows that could not be placed, then every cell that is not 0 with a table of its rows.</summary>
    public string ExplainHtml() => LedgerExplanation.Html(this);

    /// <summary>
    /// R6 against last year: this year's 二、上年结转 should equal last year's 四、结转下年度 in every column. One
    /// message per column that differs, empty when they agree.
    /// </summary>
    public IReadOnlyList<string> CheckCarriedOver(ApplicantCounts lastYearCarriedForward, string lastYearSource)
    {
        ArgumentNullException.ThrowIfNull(lastYearCarriedForward);
        return [.. ApplicantCounts.ApplicantColumns.Where(c => Applications.CarriedOver[c] != lastYearCarriedForward[c])
            .Select(c => $"R6 {new ApplicationDatum(ApplicationRow.CarriedOver, c).Describe()}应为{lastYearCarriedForward[c]}"
                + $"（{lastYearSource}第四行“结转下年度”），台账统计为{Applications.CarriedOver[c]}")];
    }
}
