namespace GovReportDocs.NationalFormat;

/// <summary>How diagnostics and documentation name the three tables.</summary>
internal static class TableNames
{
    /// <summary>The table under 二.</summary>
    public const string Proactive = "表二";

    /// <summary>The table under 三.</summary>
    public const string Applications = "表三";

    /// <summary>The table under 四.</summary>
    public const string Review = "表四";
}
