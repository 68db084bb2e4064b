using GovReportDocs.Model;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Model;

public class ModelTests
{
    [Fact]
    public void Row_total_is_the_sum_of_the_six_applicant_columns()
    {
        var row = new ApplicantCounts(1, 2, 3, 4, 5, 6);
        row.Total.ShouldBe(21);
        row[ApplicantColumn.Total].ShouldBe(21);
        row[ApplicantColumn.LegalServiceAgencies].ShouldBe(5);
        row.ToArray().ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public void Results_total_is_computed_from_the_21_result_rows_only()
    {
        ApplicationStatistics.ResultRows.Length.ShouldBe(21);
        var table = ApplicationStatistics.Zero
            .With(ApplicationRow.NewlyReceived, new ApplicantCounts(100, 0, 0, 0, 0, 0))
            .With(ApplicationRow.Granted, new ApplicantCounts(2, 1, 0, 0, 0, 0))
            .With(ApplicationRow.DeniedAdministrativeQuery, new ApplicantCounts(0, 0, 3, 0, 0, 0))
            .With(ApplicationRow.OtherOther, new ApplicantCounts(0, 0, 0, 0, 0, 4))
            .With(ApplicationRow.CarriedForward, new ApplicantCounts(50, 0, 0, 0, 0, 0));
        table.ResultsTotal.ShouldBe(new ApplicantCounts(2, 1, 3, 0, 0, 4));
        table[ApplicationRow.ResultsTotal].Total.ShouldBe(10);
    }

    [Fact]
    public void The_computed_total_cannot_be_given()
    {
        Should.Throw<ArgumentException>(() => ApplicationStatistics.Zero.With(ApplicationRow.ResultsTotal, ApplicantCounts.Zero));
        var rows = ApplicationStatistics.EnteredRows.ToDictionary(r => r, _ => ApplicantCounts.Zero);
        rows[ApplicationRow.ResultsTotal] = ApplicantCounts.Zero;
        Should.Throw<ArgumentException>(() => ApplicationStatistics.FromRows(rows));
    }

    [Fact]
    public void A_missing_row_cannot_be_built()
    {
        var rows = ApplicationStatistics.EnteredRows.Where(r => r != ApplicationRow.Granted).ToDictionary(r => r, _ => ApplicantCounts.Zero);
        Should.Throw<ArgumentException>(() => ApplicationStatistics.FromRows(rows)).Message.ShouldContain("Granted");
    }

    [Fact]
    public void Table4_group_totals_are_computed()
    {
        var sample = Samples.Panzhou.ReviewAndLitigation;
        sample.Review.Total.ShouldBe(3);
        sample.LitigationAfterReview.Total.ShouldBe(2);
        sample.LitigationTotal.ShouldBe(2);
        sample[ReviewGroup.Review][ReviewOutcome.Upheld].ShouldBe(2);
    }

    [Fact]
    public void Reports_compare_by_value()
    {
        var a = Samples.Load("panzhou-2024.yaml");
        var b = Samples.Load("panzhou-2024.yaml");
        a.ShouldNotBeSameAs(b);
        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        (a with { Problems = a.Problems with { Issues = ["另一个问题"] } }).ShouldNotBe(b);
        a.Applications.With(ApplicationRow.Granted, ApplicantCounts.Zero).ShouldNotBe(b.Applications);
    }

    [Fact]
    public void Title_follows_the_format()
    {
        Samples.Panzhou.Title.ShouldBe("盘州市人民政府2024年政府信息公开工作年度报告");
    }
}
