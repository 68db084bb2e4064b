using GovReportDocs.Model;

namespace GovReportDocs.NationalFormat;

/// <summary>The column labels of table 3.</summary>
internal static class ApplicantColumns
{
    /// <summary>All seven data columns, in printed order.</summary>
    public static IReadOnlyList<ApplicantColumn> All { get; } = Enum.GetValues<ApplicantColumn>();

    /// <summary>The printed label of a data column.</summary>
    public static string Label(ApplicantColumn column) => column switch
    {
        ApplicantColumn.NaturalPersons => "自然人",
        ApplicantColumn.CommercialEnterprises => "商业企业",
        ApplicantColumn.ResearchInstitutions => "科研机构",
        ApplicantColumn.PublicInterestOrganizations => "社会公益组织",
        ApplicantColumn.LegalServiceAgencies => "法律服务机构",
        ApplicantColumn.Others => "其他",
        ApplicantColumn.Total => "总计",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    /// <summary>The name of a data column in template variables: <c>applications.granted.naturalPersons</c>.</summary>
    public static string Key(ApplicantColumn column) => column switch
    {
        ApplicantColumn.NaturalPersons => "naturalPersons",
        ApplicantColumn.CommercialEnterprises => "commercialEnterprises",
        ApplicantColumn.ResearchInstitutions => "researchInstitutions",
        ApplicantColumn.PublicInterestOrganizations => "publicInterestOrganizations",
        ApplicantColumn.LegalServiceAgencies => "legalServiceAgencies",
        ApplicantColumn.Others => "others",
        ApplicantColumn.Total => "total",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    /// <summary>The six applicant labels joined with 、 for messages about table-3 rows.</summary>
    public static string ApplicantLabelList { get; } =
        string.Join("、", ApplicantCounts.ApplicantColumns.Select(Label));

    /// <summary>Spans the six applicant columns in the header row 2 of table 3.</summary>
    public const string LegalPersonsGroup = "法人或其他组织";

    /// <summary>Spans all seven data columns in header row 1 of table 3.</summary>
    public const string ApplicantsHeader = "申请人情况";

    /// <summary>The merged top-left header of table 3.</summary>
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
}
