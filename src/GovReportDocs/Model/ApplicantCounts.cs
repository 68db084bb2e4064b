namespace GovReportDocs.Model;

/// <summary>One row of table 3: a count per applicant kind; <see cref="Total"/> is their sum.</summary>
public sealed record ApplicantCounts(
    int NaturalPersons,
    int CommercialEnterprises,
    int ResearchInstitutions,
    int PublicInterestOrganizations,
    int LegalServiceAgencies,
    int Others)
{
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
