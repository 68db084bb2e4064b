namespace GovReportDocs.Model;

/// <summary>
/// One row of table 3: a count per applicant kind; <see cref="Total"/> is their sum. An entered row holds counts up to
/// <see cref="Limits.MaxCount"/> (<see cref="ApplicationStatistics"/> checks); 三（七）总计, a sum of rows, may hold more.
/// </summary>
public sealed record ApplicantCounts(
    int NaturalPersons,
    int CommercialEnterprises,
    int ResearchInstitutions,
    int PublicInterestOrganizations,
    int LegalServiceAgencies,
    int Others)
{
    private readonly int _naturalPersons = Counts.CheckedRow(NaturalPersons, nameof(NaturalPersons));

    /// <summary>自然人.</summary>
    public int NaturalPersons { get => _naturalPersons; init => _naturalPersons = Counts.CheckedRow(value, nameof(NaturalPersons)); }

    private readonly int _commercialEnterprises = Counts.CheckedRow(CommercialEnterprises, nameof(CommercialEnterprises));

    /// <summary>商业企业.</summary>
    public int CommercialEnterprises { get => _commercialEnterprises; init => _commercialEnterprises = Counts.CheckedRow(value, nameof(CommercialEnterprises)); }

    private readonly int _researchInstitutions = Counts.CheckedRow(ResearchInstitutions, nameof(ResearchInstitutions));

    /// <summary>科研机构.</summary>
    public int ResearchInstitutions { get => _researchInstitutions; init => _researchInstitutions = Counts.CheckedRow(value, nameof(ResearchInstitutions)); }

    private readonly int _publicInterestOrganizations = Counts.CheckedRow(PublicInterestOrganizations, nameof(PublicInterestOrganizations));

    /// <summary>社会公益组织.</summary>
    public int PublicInterestOrganizations { get => _publicInterestOrganizations; init => _publicInterestOrganizations = Counts.CheckedRow(value, nameof(PublicInterestOrganizations)); }

    private readonly int _legalServiceAgencies = Counts.CheckedRow(LegalServiceAgencies, nameof(LegalServiceAgencies));

    /// <summary>法律服务机构.</summary>
    public int LegalServiceAgencies { get => _legalServiceAgencies; init => _legalServiceAgencies = Counts.CheckedRow(value, nameof(LegalServiceAgencies)); }

    private readonly int _others = Counts.CheckedRow(Others, nameof(Others));

    /// <summary>其他.</summary>
    public int Others { get => _others; init => _others = Counts.CheckedRow(value, nameof(Others)); }

    /// <summary>The six applicant columns, in printed order (总计 excluded).</summary>
    public static IReadOnlyList<ApplicantColumn> ApplicantColumns { get; } =
    [
        ApplicantColumn.NaturalPersons, ApplicantColumn.CommercialEnterprises, ApplicantColumn.ResearchInstitutions,
        ApplicantColumn.PublicInterestOrganizations, ApplicantColumn.LegalServiceAgencies, ApplicantColumn.Others,
    ];

    /// <summary>A row of zeros.</summary>
    public static ApplicantCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>总计.</summary>
    public int Total => NaturalPersons + CommercialEnterprises + ResearchInstitutions
                        + PublicInterestOrganizations + LegalServiceAgencies + Others;

    /// <summary>The value in one of the seven columns.</summary>
    public int this[ApplicantColumn column] => column switch
    {
        ApplicantColumn.NaturalPersons => NaturalPersons,
        ApplicantColumn.CommercialEnterprises => CommercialEnterprises,
        ApplicantColumn.ResearchInstitutions => ResearchInstitutions,
        ApplicantColumn.PublicInterestOrganizations => PublicInterestOrganizations,
        ApplicantColumn.LegalServiceAgencies => LegalServiceAgencies,
        ApplicantColumn.Others => Others,
        ApplicantColumn.Total => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    /// <summary>Builds a row from the six applicant values in printed order.</summary>
    public static ApplicantCounts FromValues(IReadOnlyList<int> values)
    {
        if (values.Count != 6)
        {
            throw new ArgumentException($"expected 6 applicant values, got {values.Count}", nameof(values));
        }

        return new ApplicantCounts(values[0], values[1], values[2], values[3], values[4], values[5]);
    }

    /// <summary>Column-wise sum.</summary>
    public static ApplicantCounts operator +(ApplicantCounts a, ApplicantCounts b) => new(
        a.NaturalPersons + b.NaturalPersons,
        a.CommercialEnterprises + b.CommercialEnterprises,
        a.ResearchInstitutions + b.ResearchInstitutions,
        a.PublicInterestOrganizations + b.PublicInterestOrganizations,
        a.LegalServiceAgencies + b.LegalServiceAgencies,
        a.Others + b.Others);

    /// <summary>The six applicant values in printed order.</summary>
    public int[] ToArray() =>
        [NaturalPersons, CommercialEnterprises, ResearchInstitutions, PublicInterestOrganizations, LegalServiceAgencies, Others];
}
