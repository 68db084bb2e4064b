using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Validation;

/// <summary>Code that treats missing values apart asks the finding's kind, never its words (issue 26).</summary>
public class FindingKindTests
{
    private static readonly Datum[] Rules = [new ProactiveDatum(ProactiveItem.RulesIssued), new ProactiveDatum(ProactiveItem.RulesRepealed), new ProactiveDatum(ProactiveItem.RulesInForce)];

    private static PublishedReport Report => PublishedReportReader.Read(RepoPaths.Corpus("07-pingtan-haitan-2024-crawltext.txt"));

    [Fact]
    public void Missing_values_are_grouped_by_their_kind_whatever_their_words()
    {
        var missing = Rules.Select(d => Diagnostic.Error(RuleIds.R1, "空", d) with { Kind = FindingKind.MissingValue }).ToList();

        var told = MissingValueFindings.Group(Report, missing).ToList();

        told.Select(d => (d.Message, d.Kind)).ShouldBe([("表二“规章”行缺少数值（3项）：应为非负整数，空白、“/”、“-”、“—”不视为0", FindingKind.MissingValue)]);
    }

    [Fact]
    public void A_finding_that_only_says_missing_is_not_taken_for_one()
    {
        var worded = Rules.Select(d => Diagnostic.Error(RuleIds.R1, $"{d.Describe()}缺少数值：应为非负整数", d)).ToList();

        MissingValueFindings.Group(Report, worded).ShouldBe(worded);
    }

    [Fact]
    public void R1_says_a_missing_cell_is_a_missing_value_and_a_negative_one_is_not()
    {
        var sheet = StatisticsSheet.FromReport(Samples.Panzhou).With(Rules[0], null).With(Rules[1], -1);

        var r1 = GovReportDocs.Validation.ReportValidator.Validate(new GovReportDocs.Validation.ValidationContext(Samples.Panzhou, sheet))
            .Diagnostics.Where(d => d.Rule == RuleIds.R1).ToList();

        r1.Select(d => (d.Datum, d.Kind)).ShouldBe([(Rules[0], FindingKind.MissingValue), (Rules[1], FindingKind.Other)]);
    }
}
