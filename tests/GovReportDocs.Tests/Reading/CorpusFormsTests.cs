using System.Globalization;
using System.Text.Json;
using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.Model;
using GovReportDocs.NationalFormat;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// Every corpus report in the forms offices publish or readers copy (Corpus/forms, made by Corpus/tools/make-forms.sh):
/// the circulated Word template filled with it, that .docx exported by LibreOffice, a saved page printed by Chromium,
/// and pdftotext plain and -layout of each PDF. Each form reads to its source's key numbers (manifest.json), agency and
/// year, reports only the source's true findings (true-findings.json) and every one of them its source reports.
/// </summary>
public class CorpusFormsTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.CorpusFolder, "forms");

    private static readonly JsonElement[] Manifest = JsonDocument.Parse(File.ReadAllText(RepoPaths.Corpus("manifest.json"))).RootElement.EnumerateArray().ToArray();

    private static readonly JsonElement TrueFindings = JsonDocument.Parse(File.ReadAllText(RepoPaths.Corpus("true-findings.json"))).RootElement;

    private const string PlainWrappedRowLabels =
        "plain pdftotext of the Chromium print: （一） and （二）'s first cells stand among the lines of wrapped labels (`（一）予以公开` `0` `度办理结` `果`), 1.属于国家秘密's label is printed after （五）3's row and the rows after it follow their numbers: the walk by label cannot place the rows and the numbers do not fall into whole columns, so most of 表三 is told missing (R1)";

    private const string PlainColumnsOutOfOrder =
        "plain pdftotext of the Chromium print (pdftotext -bbox shows it): 表三's rows 一 and 二 are printed as two blocks, the five right columns (科研机构 to 总计) of both rows first, ten 0s before the headers 商业企业 and 科研机构, then 自然人 and 商业企业 of both rows (`5 1 0 0`), the headers 人, 总计 and 其他 after all of them; "
        + "whether a block runs row by row or column by column is pdftotext's reading order, not in the text, so those numbers cannot be placed with certainty and 表三 is told missing (R1); 表四's one row of fifteen numbers, under headers set one letter per line, is printed in the order of columns 6–9, 11–14, 1–5, 10, 15 (the two litigation 总计 last), which the text does not show: read in printed order, 行政复议's 其他结果 1 and 总计 1 fall into 复议后起诉 (R5, and R7 on the text's 行政复议1件)";

    /// <summary>
    /// Forms known to read wrong, each with why. The test fails when a listed form reads right, so the list only
    /// shrinks: remove the entry when the reader learns what it says.
    /// </summary>
    private static readonly Dictionary<string, string> KnownFailing = new()
    {
        ["04-pingtan-haitan-2024.chromium.pdftotext.txt"] = PlainColumnsOutOfOrder,
        ["08-pingtan-shs-2025.chromium.pdftotext.txt"] = PlainWrappedRowLabels,
    };

    public static TheoryData<string> Forms() => new(Directory.GetFiles(Folder)
        .Select(Path.GetFileName).Where(f => f != "README.md").Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_form_reads_as_its_source(string form)
    {
        var problems = Problems(form);

        if (KnownFailing.TryGetValue(form, out var why))
        {
            problems.ShouldNotBeEmpty($"listed as failing ({why}) but reads right: take it off {nameof(KnownFailing)}");
        }
        else
        {
            problems.ShouldBeEmpty();
        }
    }

    [Fact]
    public void Every_distinct_corpus_report_has_its_forms()
    {
        var forms = Directory.GetFiles(Folder).Select(Path.GetFileName).ToList();
        var sources = forms.Where(f => f!.EndsWith(".template.docx", StringComparison.Ordinal)).Select(f => Source(f!)).ToList();

        // One source per report: the manifest's agency and year, every report of the corpus once.
        sources.Select(s => (Agency(Entry(s)), Year(Entry(s)))).ShouldBeUnique();
        Manifest.Select(m => (Agency(m), Year(m))).Distinct().Count().ShouldBe(sources.Count);
        foreach (var page in Manifest.Select(m => m.GetProperty("file").GetString()!).Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            forms.ShouldContain(Path.GetFileNameWithoutExtension(page) + ".chromium.pdf");
        }

        foreach (var pdf in forms.Where(f => f!.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            forms.ShouldContain(Path.ChangeExtension(pdf, ".pdftotext.txt"));
            forms.ShouldContain(Path.ChangeExtension(pdf, ".pdftotext-layout.txt"));
        }

        foreach (var name in KnownFailing.Keys)
        {
            forms.ShouldContain(name);
        }
    }

    /// <summary>What reads differently from the source, one line each; empty when the form reads as its source.</summary>
    private static List<string> Problems(string form)
    {
        var source = Source(form);
        var entry = Entry(source);
        var check = GovReport.CheckPublished(Path.Combine(Folder, form));
        var sheet = check.Published!.Sheet;
        var problems = new List<string>();

        var expected = entry.GetProperty("expected");
        foreach (var (key, datum) in KeyNumbers)
        {
            var wanted = (expected.GetProperty("table3").TryGetProperty(key, out var t3) ? t3 : expected.GetProperty("table4").GetProperty(key)).GetDecimal();
            if (sheet[datum] != wanted)
            {
                problems.Add($"{key}: {sheet[datum]?.ToString(CultureInfo.InvariantCulture) ?? "missing"}, source {wanted}");
            }
        }

        if ((check.Published.Report.Agency, check.Published.Report.Year) != (Agency(entry), Year(entry)))
        {
            problems.Add($"agency and year: {check.Published.Report.Agency} {check.Published.Report.Year}, source {Agency(entry)} {Year(entry)}");
        }

        var allowed = TrueFindings.GetProperty(source).EnumerateArray()
            .Select(f => (Rule: f.GetProperty("rule").GetString()!, Contains: f.GetProperty("contains").GetString()!)).ToList();
        problems.AddRange(check.Diagnostics
            .Where(d => !allowed.Any(a => Says(d, a)))
            .Select(d => $"untrue: {d}"));

        // The source's true findings, each reported here too. The filled template prints the format's own part titles
        // and table labels in cells of their own, so the source's findings on how it was printed (R9 on its wording, R1
        // on its glued digits) are not the form's.
        var sourceFindings = GovReport.CheckPublished(RepoPaths.Corpus(source)).Diagnostics;
        problems.AddRange(allowed
            .Where(a => sourceFindings.Any(d => Says(d, a)))
            .Where(a => !(IsFilledTemplate(form) && (a.Rule == "R9" || a.Contains.Contains("连在一起", StringComparison.Ordinal))))
            .Where(a => !check.Diagnostics.Any(d => Says(d, a)))
            .Select(a => $"not reported: {a.Rule} “{a.Contains}”"));
        return problems;
    }

    /// <summary>
    /// The diagnostic is the true finding. A copy of a PDF prints spaces between digits and letters (`申请 17 件`) where
    /// the PDF has none, and a quoted sentence keeps them: the two are compared without spaces.
    /// </summary>
    private static bool Says(Diagnostic diagnostic, (string Rule, string Contains) finding) =>
        diagnostic.Rule == finding.Rule
        && diagnostic.Message.Replace(" ", "", StringComparison.Ordinal).Contains(finding.Contains.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

    private static readonly (string Key, Datum Datum)[] KeyNumbers =
    [
        ("new_received_total", new ApplicationDatum(ApplicationRow.NewlyReceived, ApplicantColumn.Total)),
        ("carried_over_total", new ApplicationDatum(ApplicationRow.CarriedOver, ApplicantColumn.Total)),
        ("granted_total", new ApplicationDatum(ApplicationRow.Granted, ApplicantColumn.Total)),
        ("processed_total", new ApplicationDatum(ApplicationRow.ResultsTotal, ApplicantColumn.Total)),
        ("carried_forward_total", new ApplicationDatum(ApplicationRow.CarriedForward, ApplicantColumn.Total)),
        ("review_total", new ReviewDatum(ReviewGroup.Review, ReviewOutcome.Total)),
        ("litigation_direct_total", new ReviewDatum(ReviewGroup.LitigationDirect, ReviewOutcome.Total)),
        ("litigation_after_review_total", new ReviewDatum(ReviewGroup.LitigationAfterReview, ReviewOutcome.Total)),
    ];

    private static bool IsFilledTemplate(string form) => form.Contains(".template.", StringComparison.Ordinal);

    /// <summary>The corpus file a form was made from: the form's name up to its first dot is the source's without extension.</summary>
    private static string Source(string form)
    {
        var stem = form[..form.IndexOf('.', StringComparison.Ordinal)];
        return Manifest.Select(m => m.GetProperty("file").GetString()!).Single(f => Path.GetFileNameWithoutExtension(f) == stem);
    }

    private static JsonElement Entry(string file) => Manifest.Single(m => m.GetProperty("file").GetString() == file);

    private static string Agency(JsonElement entry) => entry.GetProperty("agency").GetString()!;

    private static int Year(JsonElement entry) => entry.GetProperty("year").GetInt32();
}
