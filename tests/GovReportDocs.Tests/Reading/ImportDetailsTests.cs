using GovReportDocs.Diagnostics;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// `import` carries what a published report shows beyond its tables — the date, the contact details, the agency kind
/// its name suggests — and says in a note what it took from where.
/// </summary>
public class ImportDetailsTests
{
    private static List<string> Details(ImportedReport imported) =>
        imported.Notes.Where(d => d.Severity == Severity.Info).Select(d => $"{d.Source!.Line} {d.Rule} {d.Message}").ToList();

    [Fact]
    public void Import_carries_the_pages_publication_date_the_contact_details_and_the_kind_and_says_so()
    {
        // 14 公安局 2024: the crawler's header has 发布时间: 2025-01-20 17:39; no date under a signature.
        var imported = GovReport.Import(PublishedReportReader.Read(RepoPaths.Corpus("14-pingtan-gaj-2024-crawltext.txt")));

        imported.Report.PublishDate.ShouldBe(new DateOnly(2025, 1, 20));
        imported.Report.Contact.ShouldBe(new Contact("福建省平潭综合实验区天山北路1号", "350400", "0591-62561036", "https//www.pingtan.gov.cn"));
        imported.Report.Kind.ShouldBe(AgencyKind.Department);
        Details(imported).ShouldBe([
            "1 R13 发布日期（publishDate）按原报告所印“发布时间: 2025-01-20”写入为2025-01-20，请核对",
            "10 R9 联系方式（contact）按原报告写入：地址“福建省平潭综合实验区天山北路1号”，邮编“350400”，电话“0591-62561036”，网址“https//www.pingtan.gov.cn”，请核对",
            "1 R13 机关类别（agencyKind）按名称“平潭综合实验区公安局”推断为department（部门），请核对",
        ]);
    }

    [Fact]
    public void Import_takes_the_date_the_signature_ends_with_before_the_pages()
    {
        // 07 海坛片区 2024 ends `…平潭综合实验区海坛片区管理局2025年1月23日`; its page says 发布时间: 2025-01-23 15:52, the same day.
        var imported = GovReport.Import(PublishedReportReader.Read(RepoPaths.Corpus("07-pingtan-haitan-2024-crawltext.txt")));

        imported.Report.PublishDate.ShouldBe(new DateOnly(2025, 1, 23));
        Details(imported)[0].ShouldEndWith("R13 发布日期（publishDate）按原报告所印“2025年1月23日”写入为2025-01-23，请核对");
    }

    [Fact]
    public void A_place_named_on_its_own_is_a_government_for_import_and_for_R13_alike()
    {
        // 13 平潭综合实验区 2022: the 实验区's own report, due by 3月31日 as a 人民政府's.
        var published = PublishedReportReader.Read(RepoPaths.Corpus("13-pingtan-2022-crawltext.txt"));

        published.Report.Kind.ShouldBe(AgencyKind.Government);
        GovReport.Import(published).Report.Kind.ShouldBe(AgencyKind.Government);
        GovReport.Import(published).Notes.ShouldContain(d => d.Message == "机关类别（agencyKind）按名称“平潭综合实验区”推断为government（人民政府），请核对");
    }

    [Fact]
    public void What_import_carries_is_written_to_the_input_file_and_validates()
    {
        using var dir = new TempDirectory();
        var output = dir.File("input.yaml");

        var result = CliRunner.Run("import", RepoPaths.Corpus("14-pingtan-gaj-2024-crawltext.txt"), "-o", output);

        result.ExitCode.ShouldBe(0, result.Error);
        var load = GovReport.Load(output);
        load.Report!.PublishDate.ShouldBe(new DateOnly(2025, 1, 20));
        load.Report.Contact.Phone.ShouldBe("0591-62561036");
        load.Diagnostics.ShouldNotContain(d => d.Field == "publishDate");
    }
}
