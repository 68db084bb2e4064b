namespace GovReportDocs.Model;

/// <summary>Next year's report as far as last year's determines it (R6): the office, 上年结转, 现行有效件数.</summary>
internal static class NextYear
{
    /// <summary>
    /// Year + 1; the agency, its kind and contact kept; 二、上年结转 = last year's 四、结转下年度 in every column;
    /// 现行有效件数 carried as the baseline (this year's 制发 and 废止 still to add); everything else empty.
    /// </summary>
    public static AnnualReport From(AnnualReport lastYear)
    {
        var baseline = lastYear.Proactive;
        return AnnualReport.Empty(lastYear.Agency, lastYear.Year + 1, lastYear.Kind) with
        {
            Contact = lastYear.Contact,
            Proactive = ProactiveDisclosure.Zero with
            {
                Rules = DocumentCounts.Zero with { InForce = baseline.Rules.InForce },
                NormativeDocuments = DocumentCounts.Zero with { InForce = baseline.NormativeDocuments.InForce },
            },
            Applications = ApplicationStatistics.Zero.With(ApplicationRow.CarriedOver, lastYear.Applications.CarriedForward),
        };
    }
}
