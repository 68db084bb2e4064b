namespace GovReportDocs.Model;

/// <summary>What kind of office publishes the report; it changes what reviewers expect in the text.</summary>
public enum AgencyKind
{
    /// <summary>A department of a people's government (the contract's default).</summary>
    Department,

    /// <summary>各级人民政府: must also cover 工作考核、社会评议和责任追究结果情况.</summary>
    Government,

    /// <summary>乡、镇人民政府 and 街道办事处: cannot make 规章.</summary>
    Township,
}
