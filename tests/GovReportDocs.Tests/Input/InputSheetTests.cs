using GovReportDocs.NationalFormat;
using GovReportDocs.Input;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Input;

/// <summary>
/// The numbers the rules see of an input file: what was not given or could not be used is missing there (and so is
/// every total over it), while the model counts it as 0; an omitted table block is zeros, not missing.
/// </summary>
public class InputSheetTests
{
    private static LoadedInput Load(Func<string, string> edit) =>
        InputParser.Parse(edit(File.ReadAllText(RepoPaths.Sample("panzhou-2024.yaml"))), "x.yaml", InputFormat.Yaml);

    [Fact]
    public void Cells_left_blank_wrong_or_out_are_missing_in_the_sheet_and_zero_in_the_model()
    {
        var input = Load(text => text
            .Replace("granted: [12, 0, 0, 0, 0, 0]", "granted: [12, null, 0, 0, 0, 0]", StringComparison.Ordinal)
            .Replace("  licensing: 0\n", "  licensing: -3\n", StringComparison.Ordinal)
            .Replace("    upheld: 2\n", "", StringComparison.Ordinal)
            .Replace("  carriedForward: [3, 0, 0, 0, 0, 0]", "  carriedForward: three", StringComparison.Ordinal));

        var missing = StatisticsSheet.AllData.Where(d => input.Sheet![d] is null).Select(d => d.Describe()).ToList();

        missing.ShouldBe(new Datum[]
            {
                new ProactiveDatum(ProactiveItem.Licensing),
                new ApplicationDatum(ApplicationRow.Granted, ApplicantColumn.CommercialEnterprises),
                new ApplicationDatum(ApplicationRow.Granted, ApplicantColumn.Total),
                new ApplicationDatum(ApplicationRow.ResultsTotal, ApplicantColumn.CommercialEnterprises),
                new ApplicationDatum(ApplicationRow.ResultsTotal, ApplicantColumn.Total),
            }
            .Concat(ApplicantColumns.All.Select(c => new ApplicationDatum(ApplicationRow.CarriedForward, c)))
            .Append(new ReviewDatum(ReviewGroup.Review, ReviewOutcome.Upheld))
            .Append(new ReviewDatum(ReviewGroup.Review, ReviewOutcome.Total))
            .Select(d => d.Describe()), ignoreOrder: true);
        input.Report!.Proactive.Licensing.ShouldBe(0);
        input.Report.Applications[ApplicationRow.Granted].CommercialEnterprises.ShouldBe(0);
        input.Report.ReviewAndLitigation.Review.Upheld.ShouldBe(0);
    }

    [Fact]
    public void An_omitted_table_block_is_zeros_not_missing()
    {
        var text = File.ReadAllText(RepoPaths.Sample("panzhou-2024.yaml"));
        var cut = text[..text.IndexOf("reviewAndLitigation:", StringComparison.Ordinal)];

        var input = Load(_ => cut);

        StatisticsSheet.AllData.Where(d => input.Sheet![d] is null).ShouldBeEmpty();
        input.Sheet![ReviewGroup.Review, ReviewOutcome.Upheld].ShouldBe(0);
    }
}
