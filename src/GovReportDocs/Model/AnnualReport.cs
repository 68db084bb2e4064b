namespace GovReportDocs.Model;

/// <summary>
/// One 政府信息公开工作年度报告 in the 2021 format: the six parts and the three statistical tables.
/// Every 总计 is computed from its parts, so a report built from this model cannot break R1–R5.
/// </summary>
/// <param name="Agency">机关全称, e.g. 盘州市人民政府.</param>
/// <param name="Year">报告年度.</param>
/// <param name="Kind">What kind of office publishes it.</param>
/// <param name="Proactive">Table 2.</param>
/// <param name="Applications">Table 3.</param>
/// <param name="ReviewAndLitigation">Table 4.</param>
public sealed record AnnualReport(
    string Agency,
    int Year,
    AgencyKind Kind,
    ProactiveDisclosure Proactive,
    ApplicationStatistics Applications,
    ReviewAndLitigation ReviewAndLitigation)
{
    /// <summary>Printed under the closing signature; no date is printed when null.</summary>
    public DateOnly? PublishDate { get; init; }

    /// <summary>Contact details quoted by the preamble.</summary>
    public Contact Contact { get; init; } = Contact.None;

    /// <summary>The preamble text; null means the default template.</summary>
    public string? Preamble { get; init; }

    /// <summary>一、总体情况.</summary>
    public Overview Overview { get; init; } = Overview.Default;

    /// <summary>五、存在的主要问题及改进情况.</summary>
    public ProblemsAndImprovements Problems { get; init; } = ProblemsAndImprovements.Empty;

    /// <summary>六、其他需要报告的事项.</summary>
    public OtherMatters OtherMatters { get; init; } = OtherMatters.None;

    /// <summary>Path of last year's input or published report, as written in the input (for R6, R15 and R16).</summary>
    public string? PreviousYear { get; init; }

    /// <summary>{机关全称}{年度}年政府信息公开工作年度报告.</summary>
    public string Title => $"{Agency}{Year}年政府信息公开工作年度报告";

    /// <summary>An office of the given kind with all-zero tables, to fill in.</summary>
    public static AnnualReport Empty(string agency, int year, AgencyKind kind = AgencyKind.Department) =>
        new(agency, year, kind, ProactiveDisclosure.Zero, ApplicationStatistics.Zero, ReviewAndLitigation.Zero);
}
