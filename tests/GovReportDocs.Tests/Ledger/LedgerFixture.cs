using GovReportDocs.NationalFormat;
using GovReportDocs.Ledger;
using GovReportDocs.Model;
using GovReportDocs.Xlsx;

namespace GovReportDocs.Tests.Ledger;

/// <summary>One application as the test makes it up, before any ledger is written.</summary>
internal sealed record Application(DateOnly Received, DateOnly? Answered, ApplicantColumn Category, ApplicationRow? Outcome, string Applicant, string Content);

/// <summary>
/// A made-up office's two years (2024 and 2025) of applications and cases, with the 表三 and 表四 each year must count
/// to, worked out here by walking the applications one by one — not by the counter under test — and written as our
/// template or as an office's own messier sheet.
/// </summary>
internal sealed class LedgerFixture
{
    private static readonly ApplicationRow[] Outcomes = [.. ApplicationStatistics.ResultRows];

    public LedgerFixture(int count, int seed = 27)
    {
        var random = new Random(seed);
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var received = start.AddDays(random.Next(731));
            var category = (ApplicantColumn)(random.Next(10) switch { < 5 => 0, 5 or 6 => 1, 7 => 2 + random.Next(3), _ => 5 });
            // Most are answered within 20 working days; some late, a few never (yet).
            DateOnly? answered = random.Next(20) == 0 ? null : received.AddDays(random.Next(random.Next(10) == 0 ? 90 : 25));
            ApplicationRow? outcome = answered is null ? null : Outcomes[random.Next(4) == 0 ? random.Next(Outcomes.Length) : random.Next(2)];
            Applications.Add(new Application(received, answered, category, outcome, $"申请人{i % 700}", $"申请公开第{i}号事项的信息"));
        }

        for (var i = 0; i < count / 50; i++)
        {
            var date = start.AddDays(random.Next(731));
            var group = (ReviewGroup)random.Next(3);
            Cases.Add((date, group, (ReviewOutcome)random.Next(4), $"某某诉本机关政府信息公开案{i}"));
        }
    }

    public List<Application> Applications { get; } = [];

    public List<(DateOnly Date, ReviewGroup Group, ReviewOutcome Result, string Case)> Cases { get; } = [];

    /// <summary>表三 of a year, by the format's rules, application by application.</summary>
    public ApplicationStatistics ExpectedApplications(int year)
    {
        var cells = ApplicationStatistics.EnteredRows.ToDictionary(r => r, _ => new int[6]);
        foreach (var a in Applications)
        {
            if (a.Received.Year > year || a.Answered?.Year < year)
            {
                continue;
            }

            cells[a.Received.Year == year ? ApplicationRow.NewlyReceived : ApplicationRow.CarriedOver][(int)a.Category]++;
            cells[a.Answered?.Year == year ? a.Outcome!.Value : ApplicationRow.CarriedForward][(int)a.Category]++;
        }

        return ApplicationStatistics.FromRows(cells.ToDictionary(p => p.Key, p => ApplicantCounts.FromValues(p.Value)));
    }

    /// <summary>表四 of a year: the cases dated in it, by group and result.</summary>
    public ReviewAndLitigation ExpectedReview(int year)
    {
        int Count(ReviewGroup g, ReviewOutcome o) => Cases.Count(c => c.Date.Year == year && c.Group == g && c.Result == o);
        return new ReviewAndLitigation(
            ReviewLabels.Build(o => Count(ReviewGroup.Review, o)),
            ReviewLabels.Build(o => Count(ReviewGroup.LitigationDirect, o)),
            ReviewLabels.Build(o => Count(ReviewGroup.LitigationAfterReview, o)));
    }

    /// <summary>The ledger as an office fills our template: its sheets with the rows below the header.</summary>
    public byte[] TemplateLedger(IEnumerable<object?[]>? extraApplicationRows = null)
    {
        var sheets = LedgerTemplate.Sheets().ToList();
        var rows = Applications.Select(a => new object?[]
        {
            a.Received, a.Applicant, LedgerLabels.Categories[(int)a.Category].Label, a.Content,
            a.Outcome is { } o ? LedgerLabels.OutcomeLabel(o) : null, a.Answered,
        }).Concat(extraApplicationRows ?? []);
        sheets[0] = WithRows(sheets[0], 1, rows);
        sheets[1] = WithRows(sheets[1], 1, Cases.Where(c => c.Group == ReviewGroup.Review)
            .Select(c => new object?[] { c.Date, c.Case, ReviewLabels.Outcome(c.Result) }));
        sheets[2] = WithRows(sheets[2], 1, Cases.Where(c => c.Group != ReviewGroup.Review)
            .Select(c => new object?[] { c.Date, c.Case, c.Group == ReviewGroup.LitigationDirect ? ReviewLabels.LitigationDirect : ReviewLabels.LitigationAfterReview, ReviewLabels.Outcome(c.Result) }));
        return XlsxPackage.ToBytes(sheets);
    }

    /// <summary>Office words for each 办理结果: none of them the format's label, all of them unmistakable.</summary>
    public static readonly Dictionary<ApplicationRow, string> OfficeOutcomes = new()
    {
        [ApplicationRow.Granted] = "同意公开",
        [ApplicationRow.PartiallyGranted] = "部分公开",
        [ApplicationRow.DeniedStateSecret] = "不予公开（国家秘密）",
        [ApplicationRow.DeniedProhibitedByLaw] = "不予公开-其他法律行政法规禁止公开",
        [ApplicationRow.DeniedThreeSecurityOneStability] = "危及三安全一稳定",
        [ApplicationRow.DeniedThirdPartyRights] = "不予公开（保护第三方合法权益）",
        [ApplicationRow.DeniedInternalAffairs] = "内部事务信息",
        [ApplicationRow.DeniedProcessInformation] = "过程性信息",
        [ApplicationRow.DeniedEnforcementFiles] = "行政执法案卷",
        [ApplicationRow.DeniedAdministrativeQuery] = "属于行政查询事项",
        [ApplicationRow.UnableNotHeld] = "信息不存在",
        [ApplicationRow.UnableNeedsCreation] = "无法提供：需另行制作",
        [ApplicationRow.UnableUnclearAfterCorrection] = "补正后申请内容仍不明确",
        [ApplicationRow.NotProcessedPetitionOrComplaint] = "信访举报投诉类",
        [ApplicationRow.NotProcessedRepeated] = "重复申请",
        [ApplicationRow.NotProcessedPublicationRequested] = "要求提供公开出版物",
        [ApplicationRow.NotProcessedMassRepeated] = "无正当理由大量反复申请",
        [ApplicationRow.NotProcessedConfirmationRequested] = "要求重新出具已获取信息",
        [ApplicationRow.OtherOverdueCorrection] = "逾期不补正",
        [ApplicationRow.OtherOverdueFee] = "逾期未缴纳费用",
        [ApplicationRow.OtherOther] = "其他处理-其他",
    };

    private static readonly string[] OfficeCategories = ["个人", "企业", "科研院所", "社会组织", "律师事务所", "其它"];

    /// <summary>
    /// The same applications as an office keeps them: a title and a blank line above the header, other header words
    /// and a 序号 column, office words for categories and outcomes, dates typed as text now and then, a blank line
    /// every 40 rows and a 合计 row at the bottom. Returns the sheet and the row number (1-based) of each application.
    /// </summary>
    public (XlsxSheet Sheet, int[] RowOf, int TotalRow) OfficeSheet(string name = "2024-2025年台账")
    {
        var cells = new List<XlsxCell>
        {
            XlsxCell.Of(0, 0, "某某县某某局政府信息公开申请登记台账"),
        };
        string[] header = ["序号", "申请时间", "申请人", "申请人类型", "申请内容", "处理结果", "答复时间", "备注"];
        cells.AddRange(header.Select((h, c) => XlsxCell.Of(2, c, h, XlsxStyle.Header)));
        var row = 3;
        var rowOf = new int[Applications.Count];
        for (var i = 0; i < Applications.Count; i++)
        {
            if (i > 0 && i % 40 == 0)
            {
                row++;
            }

            var a = Applications[i];
            rowOf[i] = row + 1;
            cells.Add(XlsxCell.Of(row, 0, i + 1));
            cells.Add(i % 7 == 0
                ? XlsxCell.Of(row, 1, $"{a.Received.Year}年{a.Received.Month}月{a.Received.Day}日")
                : XlsxCell.Of(row, 1, a.Received));
            cells.Add(XlsxCell.Of(row, 2, a.Applicant));
            cells.Add(XlsxCell.Of(row, 3, OfficeCategories[(int)a.Category]));
            cells.Add(XlsxCell.Of(row, 4, a.Content));
            if (a.Outcome is { } outcome)
            {
                cells.Add(XlsxCell.Of(row, 5, OfficeOutcomes[outcome]));
            }

            if (a.Answered is { } answered)
            {
                cells.Add(i % 11 == 0 ? XlsxCell.Of(row, 6, $"{answered.Year}/{answered.Month}/{answered.Day}") : XlsxCell.Of(row, 6, answered));
            }

            row++;
        }

        cells.Add(XlsxCell.Of(row, 0, "合计"));
        cells.Add(XlsxCell.Of(row, 2, $"共{Applications.Count}件"));
        return (new XlsxSheet(name, cells), rowOf, row + 1);
    }

    public static XlsxSheet WithRows(XlsxSheet sheet, int firstRow, IEnumerable<object?[]> rows)
    {
        var cells = sheet.Cells.ToList();
        var r = firstRow;
        foreach (var values in rows)
        {
            for (var c = 0; c < values.Length; c++)
            {
                switch (values[c])
                {
                    case null:
                        break;
                    case DateOnly date:
                        cells.Add(XlsxCell.Of(r, c, date));
                        break;
                    case string text:
                        cells.Add(XlsxCell.Of(r, c, text));
                        break;
                    case int number:
                        cells.Add(XlsxCell.Of(r, c, number));
                        break;
                    case XlsxCell cell:
                        cells.Add(cell with { Row = r, Column = c });
                        break;
                }
            }

            r++;
        }

        return sheet with { Cells = cells };
    }
}
