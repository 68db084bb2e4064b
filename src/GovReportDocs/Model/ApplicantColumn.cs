namespace GovReportDocs.Model;

/// <summary>The seven data columns of table 3, in printed order; <see cref="Total"/> is always computed.</summary>
public enum ApplicantColumn
{
    /// <summary>自然人.</summary>
    NaturalPersons,
    /// <summary>商业企业.</summary>
    CommercialEnterprises,
    /// <summary>科研机构.</summary>
    ResearchInstitutions,
    /// <summary>社会公益组织.</summary>
    PublicInterestOrganizations,
    /// <summary>法律服务机构.</summary>
    LegalServiceAgencies,
    /// <summary>其他.</summary>
    Others,
    /// <summary>总计: the sum of the six applicant columns.</summary>
    Total,
}
