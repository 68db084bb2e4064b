using System.Text.Json;
using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// Real reports as published (Corpus/manifest.json names each one's source): `check` reads every key number as read
/// by eye, names agency and year, and reports only findings that are true defects of the report (Corpus/true-findings.json).
/// </summary>
public class CorpusTests
{
    private static readonly string Folder = RepoPaths.CorpusFolder;

    private static readonly JsonElement[] Manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json"))).RootElement.EnumerateArray().ToArray();

    private static readonly JsonElement TrueFindings = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "true-findings.json"))).RootElement;

    public static TheoryData<string> Files() => new(Manifest.Select(m => m.GetProperty("file").GetString()!));

    private static JsonElement Entry(string file) => Manifest.Single(m => m.GetProperty("file").GetString() == file);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_key_number_is_read_as_printed(string file)
    {
        var expected = Entry(file).GetProperty("expected");
        var sheet = GovReport.CheckPublished(Path.Combine(Folder, file)).Published!.Sheet;
        var table3 = expected.GetProperty("table3");
        var table4 = expected.GetProperty("table4");
        var read = new Dictionary<string, decimal?>
        {
            ["new_received_total"] = sheet[ApplicationRow.NewlyReceived, ApplicantColumn.Total],
            ["carried_over_total"] = sheet[ApplicationRow.CarriedOver, ApplicantColumn.Total],
            ["granted_total"] = sheet[ApplicationRow.Granted, ApplicantColumn.Total],
            ["processed_total"] = sheet[ApplicationRow.ResultsTotal, ApplicantColumn.Total],
            ["carried_forward_total"] = sheet[ApplicationRow.CarriedForward, ApplicantColumn.Total],
            ["review_total"] = sheet[new ReviewDatum(ReviewGroup.Review, ReviewOutcome.Total)],
            ["litigation_direct_total"] = sheet[new ReviewDatum(ReviewGroup.LitigationDirect, ReviewOutcome.Total)],
            ["litigation_after_review_total"] = sheet[new ReviewDatum(ReviewGroup.LitigationAfterReview, ReviewOutcome.Total)],
        };
        var wanted = table3.EnumerateObject().Concat(table4.EnumerateObject()).ToDictionary(p => p.Name, p => (decimal?)p.Value.GetDecimal());
        read.ShouldBe(wanted);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Agency_and_year_are_named(string file)
    {
        var entry = Entry(file);
        var report = GovReport.CheckPublished(Path.Combine(Folder, file)).Published!.Report;
        (report.Agency, report.Year).ShouldBe((entry.GetProperty("agency").GetString(), entry.GetProperty("year").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Only_true_defects_are_reported(string file)
    {
        var allowed = TrueFindings.GetProperty(file).EnumerateArray()
            .Select(f => (Rule: f.GetProperty("rule").GetString()!, Contains: f.GetProperty("contains").GetString()!)).ToList();
        var check = GovReport.CheckPublished(Path.Combine(Folder, file));
        var untrue = check.Diagnostics.Where(d => !allowed.Any(a => a.Rule == d.Rule && d.Message.Contains(a.Contains, StringComparison.Ordinal)))
            .Select(d => d.ToString()).ToList();
        untrue.ShouldBeEmpty();
    }
}
