using System.Globalization;
using System.Security.Cryptography;
using GovReportDocs.NationalFormat;
using GovReportDocs.Pdf;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Culture;

/// <summary>
/// A platform's thread culture must not leak into what we write or how we read: a server in Turkey (dotless i),
/// Germany (decimal comma) or China gets the same bytes and the same findings as the invariant culture.
/// </summary>
public class CultureIndependenceTests
{
    public static TheoryData<string> Cultures => ["zh-CN", "tr-TR", "de-DE", "ar-SA"];

    private static readonly string BigCity = Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Stress", "big-city.yaml");

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Docx_and_html_are_the_same_bytes_in_every_culture(string culture)
    {
        var expected = InCulture(CultureInfo.InvariantCulture, RenderAll);
        InCulture(CultureInfo.GetCultureInfo(culture), RenderAll).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    [Trait("Requires", "debian")]
    public void Pdf_is_the_same_bytes_in_every_culture(string culture)
    {
        PdfSamples.Render(Samples.Panzhou); // chooses the licence as the renderer's tests do
        static string Pdf() => Hash(GovReport.Load(BigCity).ToPdf().Bytes);
        var expected = InCulture(CultureInfo.InvariantCulture, Pdf);
        InCulture(CultureInfo.GetCultureInfo(culture), Pdf).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Published_reports_read_to_the_same_numbers_and_findings_in_every_culture(string culture)
    {
        var expected = InCulture(CultureInfo.InvariantCulture, CheckAll);
        InCulture(CultureInfo.GetCultureInfo(culture), CheckAll).ShouldBe(expected);
    }

    private static string RenderAll()
    {
        var document = GovReport.Load(BigCity);
        document.CanRender.ShouldBeTrue();
        var docx = document.ToDocx();
        var html = document.ToHtmlBytes();
        return string.Join(" ", Hash(docx), Hash(html), GovReport.ToInputYaml(document.Report!), ReportJson.Write("validate", [document]));
    }

    private static string CheckAll()
    {
        var findings = new List<string>();
        var seed = SeedReadingTests.Seed("001");
        foreach (var check in new[] { GovReport.CheckPublished(seed), GovReport.CheckPublished(HtmlOf(BigCity)) })
        {
            findings.Add(ReportJson.Write("check", [check]));
            var sheet = check.Published!.Sheet;
            findings.Add(string.Join(",", StatisticsSheet.AllData.Select(d => sheet[d]?.ToString(CultureInfo.InvariantCulture) ?? "_")));
        }

        return string.Join("\n", findings);
    }

    private static PublishedReport HtmlOf(string input) =>
        GovReport.ReadPublished(new MemoryStream(GovReport.Load(input).ToHtmlBytes()), "big-city.html", PublishedFormat.Html);

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private static T InCulture<T>(CultureInfo culture, Func<T> work)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return work();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }
}
