using GovReportDocs.Model;

namespace GovReportDocs.NationalFormat;

/// <summary>One text of the report that an office writes (or leaves to the templates), as the data contract names it.</summary>
/// <param name="Key">Its key path in the input file, e.g. <c>overview.onRequest</c>.</param>
/// <param name="Name">How diagnostics name it, e.g. 总体情况（依申请公开）.</param>
/// <param name="Description">What the input file says of it.</param>
/// <param name="Heading">The heading it is printed under, when it has one of its own.</param>
/// <param name="Template">The narrative template written when the input gives no text, or null when it is then left out.</param>
/// <param name="Get">Reads it from the model.</param>
/// <param name="Set">Returns the model with it replaced.</param>
internal sealed record NarrativeField(
    string Key,
    string Name,
    string Description,
    string? Heading,
    string? Template,
    Func<AnnualReport, string?> Get,
    Func<AnnualReport, string?, AnnualReport> Set);

/// <summary>A list of texts (one item each) of part 五.</summary>
/// <param name="Key">Its key path in the input file.</param>
/// <param name="Name">How diagnostics name one item (…第N项).</param>
/// <param name="Description">What the input file says of it.</param>
/// <param name="Get">Reads it from the model.</param>
/// <param name="Set">Returns the model with it replaced.</param>
internal sealed record NarrativeList(
    string Key,
    string Name,
    string Description,
    Func<AnnualReport, IReadOnlyList<string>> Get,
    Func<AnnualReport, IReadOnlyList<string>, AnnualReport> Set);

/// <summary>Every narrative text of the report, in reading order: the one place that ties model, input keys and headings.</summary>
internal static class NarrativeFields
{
    /// <summary>The preamble before 一.</summary>
    public static NarrativeField Preamble { get; } = new("preamble", "前言", "前言；不填则按模板生成", null, "preamble",
        r => r.Preamble, (r, v) => r with { Preamble = v });

    /// <summary>The summary paragraphs of 一 before （一）.</summary>
    public static NarrativeField Introduction { get; } = new("overview.introduction", "总体情况（概述）",
        "总体情况开头的概述（在（一）之前）；可不填", null, null,
        r => r.Overview.Introduction, (r, v) => r with { Overview = r.Overview with { Introduction = v } });

    /// <summary>The five aspects of 一、总体情况, in order.</summary>
    public static IReadOnlyList<NarrativeField> OverviewAspects { get; } =
    [
        new("overview.proactive", "总体情况（主动公开）", PartTitles.OverviewAspects[0], PartTitles.OverviewAspects[0], "overview-proactive",
            r => r.Overview.Proactive, (r, v) => r with { Overview = r.Overview with { Proactive = v } }),
        new("overview.onRequest", "总体情况（依申请公开）", PartTitles.OverviewAspects[1], PartTitles.OverviewAspects[1], "overview-on-request",
            r => r.Overview.OnRequest, (r, v) => r with { Overview = r.Overview with { OnRequest = v } }),
        new("overview.management", "总体情况（政府信息管理）", PartTitles.OverviewAspects[2], PartTitles.OverviewAspects[2], "overview-management",
            r => r.Overview.Management, (r, v) => r with { Overview = r.Overview with { Management = v } }),
        new("overview.platform", "总体情况（平台建设）", PartTitles.OverviewAspects[3], PartTitles.OverviewAspects[3], "overview-platform",
            r => r.Overview.Platform, (r, v) => r with { Overview = r.Overview with { Platform = v } }),
        new("overview.supervision", "总体情况（监督保障）", PartTitles.OverviewAspects[4] + "；各级人民政府须写明工作考核、社会评议和责任追究结果情况",
            PartTitles.OverviewAspects[4], "overview-supervision",
            r => r.Overview.Supervision, (r, v) => r with { Overview = r.Overview with { Supervision = v } }),
    ];

    /// <summary>The problems of 五, one per item (rendered 一是…二是…).</summary>
    public static NarrativeList Issues { get; } = new("problems.issues", "存在的主要问题", "存在的主要问题，每项一条",
        r => r.Problems.Issues, (r, v) => r with { Problems = r.Problems with { Issues = new ValueList<string>(v) } });

    /// <summary>The measures of 五, one per item.</summary>
    public static NarrativeList Measures { get; } = new("problems.measures", "改进措施", "改进措施，每项一条",
        r => r.Problems.Measures, (r, v) => r with { Problems = r.Problems with { Measures = new ValueList<string>(v) } });

    /// <summary>上年度问题整改情况 in 五.</summary>
    public static NarrativeField LastYearRectification { get; } = new("problems.lastYearRectification", "上年度问题整改情况",
        "上年度问题整改情况", null, null,
        r => r.Problems.LastYearRectification, (r, v) => r with { Problems = r.Problems with { LastYearRectification = v } });

    /// <summary>The optional items （二）–（四） of 六, in order.</summary>
    public static IReadOnlyList<NarrativeField> OtherMatters { get; } =
    [
        new("otherMatters.workPlan", "其他事项（工作要点）", PartTitles.OtherMattersItems[1], PartTitles.OtherMattersItems[1], null,
            r => r.OtherMatters.WorkPlan, (r, v) => r with { OtherMatters = r.OtherMatters with { WorkPlan = v } }),
        new("otherMatters.proposals", "其他事项（建议提案）", PartTitles.OtherMattersItems[2], PartTitles.OtherMattersItems[2], null,
            r => r.OtherMatters.Proposals, (r, v) => r with { OtherMatters = r.OtherMatters with { Proposals = v } }),
        new("otherMatters.innovation", "其他事项（创新）", PartTitles.OtherMattersItems[3], PartTitles.OtherMattersItems[3], null,
            r => r.OtherMatters.Innovation, (r, v) => r with { OtherMatters = r.OtherMatters with { Innovation = v } }),
    ];

    /// <summary>Every single text, in reading order.</summary>
    public static IReadOnlyList<NarrativeField> All { get; } =
        [Preamble, Introduction, .. OverviewAspects, LastYearRectification, .. OtherMatters];

    /// <summary>Both lists of 五.</summary>
    public static IReadOnlyList<NarrativeList> Lists { get; } = [Issues, Measures];
}
