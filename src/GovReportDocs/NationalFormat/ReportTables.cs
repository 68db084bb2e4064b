namespace GovReportDocs.NationalFormat;

/// <summary>The three fixed tables of the 2021 format, built once.</summary>
public static class ReportTables
{
    /// <summary>Table 2, under 二、主动公开政府信息情况.</summary>
    public static TableDescription Proactive { get; } = ProactiveTable.Build();

    /// <summary>Table 3, under 三、收到和处理政府信息公开申请情况.</summary>
    public static TableDescription Applications { get; } = ApplicationsTable.Build();

    /// <summary>Table 4, under 四、政府信息公开行政复议、行政诉讼情况.</summary>
    public static TableDescription Review { get; } = ReviewTable.Build();

    /// <summary>All three, in report order.</summary>
    public static IReadOnlyList<TableDescription> All { get; } = [Proactive, Applications, Review];
}
