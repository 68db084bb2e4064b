using GovReportDocs.Docx;
using GovReportDocs.Html;
using GovReportDocs.Model;
using GovReportDocs.Pdf;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Summary;

/// <summary>
/// A region's folder as a reviewer receives it: the 平潭 corpus and the five seeds as published, plus offices of
/// 示范县 over 2023 and 2024 rendered from inputs in mixed forms (input file, web page, Word, PDF), some breaking R2,
/// one jumping five-fold (R16), one published late, and one file that is no report at all.
/// </summary>
internal sealed class RegionFolder : IDisposable
{
    public static readonly string[] Offices =
    [
        "示范县发展和改革局", "示范县教育局", "示范县科学技术局", "示范县工业和信息化局", "示范县公安局", "示范县民政局",
        "示范县司法局", "示范县财政局", "示范县人力资源和社会保障局", "示范县自然资源局", "示范县生态环境局",
        "示范县住房和城乡建设局", "示范县交通运输局", "示范县水利局", "示范县农业农村局", "示范县商务局",
        "示范县文化和旅游局", "示范县卫生健康委员会", "示范县应急管理局", "示范县审计局", "示范县市场监督管理局", "示范县统计局",
    ];

    /// <summary>Offices 0–15 have both years; 16–21 only 2024.</summary>
    public const int TwoYearOffices = 16;

    /// <summary>The office whose 2024 本年新收 is six times its 2023's.</summary>
    public const int JumpingOffice = 2;

    /// <summary>The office whose 2024 report is dated 2025年3月10日, after its 1月31日 deadline.</summary>
    public const int LateOffice = 5;

    public const string Unreadable = "坏文件.docx";

    private readonly TempDirectory _directory = new();

    public RegionFolder(bool withPdf)
    {
        // The 平潭 reports only: the corpus also holds other offices' PDFs and text copied from them, which the counts below do not expect.
        foreach (var file in Directory.GetFiles(RepoPaths.CorpusFolder)
            .Where(f => GovReport.PublishedFormatOf(f) is not null && Path.GetFileName(f).Contains("pingtan", StringComparison.Ordinal)))
        {
            Copy(file, "平潭", Path.GetFileName(file));
        }

        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(RepoPaths.TestData("Reading", "x"))!, "*.txt"))
        {
            Copy(file, "种子", Path.GetFileName(file));
        }

        var forms = withPdf ? new[] { ".yaml", ".html", ".docx", ".pdf" } : [".yaml", ".html", ".docx", ".html"];
        var n = 0;
        for (var i = 0; i < Offices.Length; i++)
        {
            foreach (var year in i < TwoYearOffices ? new[] { 2023, 2024 } : [2024])
            {
                var report = Report(i, year);
                var broken = BreaksR2(i, year);
                var form = broken ? (n % 2 == 0 ? ".yaml" : ".html") : forms[n % forms.Length];
                n++;
                Write(Path.Combine("示范县", year.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{Offices[i]}{form}"), report, form);
            }
        }

        File.WriteAllBytes(System.IO.Path.Combine(Root, Unreadable), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }

    public string Root => _directory.Path;

    /// <summary>Every file the summary reads.</summary>
    public IReadOnlyList<string> Files => [.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>Offices 3, 10 and 17 print a 结转下年度 two more than 表三 balances to in 2024 (R2).</summary>
    public static bool BreaksR2(int office, int year) => year == 2024 && office % 7 == 3;

    /// <summary>An office's report of a year: numbers that differ per office, that balance (R2) unless told otherwise.</summary>
    public static AnnualReport Report(int office, int year)
    {
        var k = office + 1;
        var newly = (4 * k) + (year == 2024 ? 3 : 0);
        if (office == JumpingOffice && year == 2024)
        {
            newly *= 6;
        }

        int carried = k % 3, partial = k % 4, denied = k % 3, unable = k % 5, forward = k % 2;
        var granted = newly + carried - partial - denied - unable - forward;
        static ApplicantCounts Person(int n) => new(n, 0, 0, 0, 0, 0);
        var applications = ApplicationStatistics.Zero
            .With(ApplicationRow.NewlyReceived, new ApplicantCounts(newly - 1, 1, 0, 0, 0, 0))
            .With(ApplicationRow.CarriedOver, Person(carried))
            .With(ApplicationRow.Granted, new ApplicantCounts(granted - 1, 1, 0, 0, 0, 0))
            .With(ApplicationRow.PartiallyGranted, Person(partial))
            .With(ApplicationRow.DeniedThirdPartyRights, Person(denied))
            .With(ApplicationRow.UnableNotHeld, Person(unable))
            .With(ApplicationRow.CarriedForward, Person(forward + (BreaksR2(office, year) ? 2 : 0)));
        var review = new ReviewAndLitigation(
            new ReviewOutcomes(k % 3, k % 4 == 0 ? 1 : 0, 0, 0),
            new ReviewOutcomes(k % 2, k % 5 == 0 ? 1 : 0, 0, 0),
            ReviewOutcomes.Zero);
        return AnnualReport.Empty(Offices[office], year) with
        {
            Proactive = Samples.Panzhou.Proactive,
            Applications = applications,
            ReviewAndLitigation = review,
            PublishDate = office == LateOffice && year == 2024 ? new DateOnly(2025, 3, 10) : new DateOnly(year + 1, 1, 10 + (office % 15)),
            Problems = new ProblemsAndImprovements([$"{year}年依申请公开答复文书不够规范。"], ["下一步将统一答复文书格式，逐件审核。"]),
        };
    }

    public void Dispose() => _directory.Dispose();

    private void Copy(string file, string folder, string name)
    {
        Directory.CreateDirectory(System.IO.Path.Combine(Root, folder));
        File.Copy(file, System.IO.Path.Combine(Root, folder, name));
    }

    private void Write(string relative, AnnualReport report, string form)
    {
        var path = System.IO.Path.Combine(Root, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        switch (form)
        {
            case ".yaml":
                File.WriteAllText(path, GovReport.ToInputYaml(report));
                break;
            case ".html":
                File.WriteAllText(path, HtmlRenderer.Render(report));
                break;
            case ".docx":
                File.WriteAllBytes(path, DocxRenderer.Render(report));
                break;
            default:
                File.WriteAllBytes(path, GovReport.Prepare(report).ToPdf().Bytes);
                break;
        }
    }
}
