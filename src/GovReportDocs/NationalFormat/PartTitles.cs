namespace GovReportDocs.NationalFormat;

/// <summary>The six part titles and the usual sub-headings, verbatim from the 2021 format.</summary>
internal static class PartTitles
{
    /// <summary>一、总体情况.</summary>
    public const string Overview = "一、总体情况";

    /// <summary>二、主动公开政府信息情况 (table 2).</summary>
    public const string Proactive = "二、主动公开政府信息情况";

    /// <summary>三、收到和处理政府信息公开申请情况 (table 3).</summary>
    public const string Applications = "三、收到和处理政府信息公开申请情况";

    /// <summary>四、政府信息公开行政复议、行政诉讼情况 (table 4).</summary>
    public const string Review = "四、政府信息公开行政复议、行政诉讼情况";

    /// <summary>五、存在的主要问题及改进情况.</summary>
    public const string Problems = "五、存在的主要问题及改进情况";

    /// <summary>六、其他需要报告的事项.</summary>
    public const string OtherMatters = "六、其他需要报告的事项";

    /// <summary>The six titles in order.</summary>
    public static IReadOnlyList<string> All { get; } = [Overview, Proactive, Applications, Review, Problems, OtherMatters];

    /// <summary>The five aspects of 一、总体情况, in order.</summary>
    public static IReadOnlyList<string> OverviewAspects { get; } =
        ["（一）主动公开情况", "（二）依申请公开情况", "（三）政府信息管理情况", "（四）政府信息公开平台建设情况", "（五）监督保障情况"];

    /// <summary>The four items of 六, in order; only the fee item is mandatory.</summary>
    public static IReadOnlyList<string> OtherMattersItems { get; } =
        ["（一）收取信息处理费情况", "（二）落实上级年度政务公开工作要点情况", "（三）人大代表建议和政协提案办理结果公开情况", "（四）年度政务公开工作创新情况"];
}
