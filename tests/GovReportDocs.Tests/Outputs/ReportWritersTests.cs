using System.Text;
using GovReportDocs.Pdf;
using GovReportDocs.Tests.Support;
using GovReportDocs.Tests.Web;
using CliOutputs = GovReportDocs.Cli.Outputs;

namespace GovReportDocs.Tests.Outputs;

public class ReportWritersTests
{
    [Fact]
    public void The_command_line_offers_docx_pdf_html_and_xlsx_in_that_order_and_all_writes_the_first_three()
    {
        CliOutputs.Offered.All.Select(w => w.Format.Id).ShouldBe(["docx", "pdf", "html", "xlsx"]);
        CliOutputs.Offered.InAll.Select(w => w.Format.Extension).ShouldBe([".docx", ".pdf", ".html"]);
        CliOutputs.Offered.Find("pdf").ShouldBeOfType<PdfReportWriter>();
        CliOutputs.Help.ShouldBe("输出格式：docx（供签批修改）、pdf（供发布）、html（供政府信息公开专栏网页）、xlsx（表二、表三、表四的 Excel 表格）或 all（docx、pdf、html 三种都生成）");
    }

    [Fact]
    public void The_help_of_render_lists_every_registered_format()
    {
        var help = CliRunner.Run("render", "--help").Out;
        foreach (var writer in CliOutputs.Offered.All)
        {
            help.ShouldContain($"{writer.Format.Id}（{writer.Format.Purpose}）");
        }

        help.ShouldContain("年政府信息公开工作年度报告.docx/.pdf/.html");
    }

    [Fact]
    public void The_core_writers_give_the_same_bytes_as_the_documents_own_methods()
    {
        var document = GovReport.Load(RepoPaths.Sample("mengga-2024.yaml"));
        ReportWriters.Docx.Write(document).Bytes.ShouldBe(document.ToDocx());
        ReportWriters.Html.Write(document).Bytes.ShouldBe(document.ToHtmlBytes());
        ReportWriters.Xlsx.Write(document).Bytes.ShouldBe(document.ToXlsx());
    }

    [Fact]
    public void A_writer_from_outside_is_one_registration_and_is_reached_through_the_library()
    {
        var writers = ReportWriters.Core.Insert(new AgencyCardWriter());
        writers.All.Select(w => w.Format.Id).ShouldBe(["docx", "html", "xlsx", "card"]);
        var document = GovReport.Load(RepoPaths.Sample("panzhou-2024.yaml"));

        var output = writers.Find("card")!.Write(document);

        Encoding.UTF8.GetString(output.Bytes).ShouldBe("盘州市人民政府|2024|盘州市人民政府2024年政府信息公开工作年度报告");
        output.Warnings.ShouldBe(["名片不含表格"]);
    }

    [Fact]
    public void A_registry_refuses_two_writers_of_one_id_and_an_id_a_user_could_not_type()
    {
        Should.Throw<ArgumentException>(() => ReportWriters.Core.Insert(ReportWriters.Docx)).Message.ShouldContain("登记了两次");
        Should.Throw<ArgumentException>(() => new ReportWriters([new OddWriter("all")])).Message.ShouldContain("小写字母或数字");
        Should.Throw<ArgumentException>(() => new ReportWriters([new OddWriter("P D F")])).Message.ShouldContain("小写字母或数字");
    }

    [Fact]
    public async Task The_web_editor_offers_a_platforms_own_writer_as_a_button_a_download_and_in_the_list()
    {
        await using var web = await WebHarness.StartAsync(writers: ReportWriters.Core.Insert(new AgencyCardWriter()));

        var formats = await web.JsonAsync(await web.Client.GetAsync("/api/formats"));
        formats.EnumerateArray().Select(f => f.GetProperty("id").GetString()).ShouldBe(["docx", "html", "xlsx", "card"]);

        var page = await web.Client.GetStringAsync("/edit?file=panzhou-2024.yaml");
        page.ShouldContain("<button id=\"download-card\" type=\"button\" data-format=\"card\">下载 名片</button>");
        page.ShouldNotContain("download-pdf");
        page.ShouldNotContain("预览 PDF", customMessage: "no PDF writer, nothing to preview");

        var response = await web.Client.GetAsync("/api/reports/panzhou-2024.yaml/download/card");
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("盘州市人民政府2024年政府信息公开工作年度报告.card.txt");
        (await response.Content.ReadAsStringAsync()).ShouldBe("盘州市人民政府|2024|盘州市人民政府2024年政府信息公开工作年度报告");

        var refused = await web.Client.GetAsync("/api/reports/panzhou-2024.yaml/download/pdf");
        ((int)refused.StatusCode).ShouldBe(404);
        (await web.JsonAsync(refused)).GetProperty("error").GetString().ShouldBe("格式应为 docx、html、xlsx 或 card");
    }

    [Fact]
    public async Task By_default_the_editor_offers_every_output_of_the_command_line_one_button_each()
    {
        await using var web = await WebHarness.StartAsync();

        var page = await web.Client.GetStringAsync("/edit?file=mengga-2024.yaml");
        page.ShouldContain("<button id=\"download-docx\" type=\"button\" data-format=\"docx\">下载 .docx</button>");
        page.ShouldContain("<button id=\"download-pdf\" type=\"button\" data-format=\"pdf\">下载 PDF</button>");
        page.ShouldContain("<button id=\"download-html\" type=\"button\" data-format=\"html\">下载 HTML</button>");
        page.ShouldContain("<button id=\"download-xlsx\" type=\"button\" data-format=\"xlsx\">下载 Excel 表格</button>");
        page.ShouldContain("<button id=\"preview\" type=\"button\">预览 PDF</button>");

        var xlsx = await web.Client.GetAsync("/api/reports/mengga-2024.yaml/download/xlsx");
        xlsx.EnsureSuccessStatusCode();
        (await xlsx.Content.ReadAsByteArrayAsync()).ShouldBe(GovReport.Load(RepoPaths.Sample("mengga-2024.yaml")).ToXlsx());
        var unknown = await web.Client.GetAsync("/api/reports/mengga-2024.yaml/download/odt");
        (await web.JsonAsync(unknown)).GetProperty("error").GetString().ShouldBe("格式应为 docx、pdf、html 或 xlsx");
    }

    [Fact]
    public void The_reference_lists_exactly_the_registered_formats()
    {
        var cli = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "cli.md"));
        var section = cli[cli.IndexOf("## Output formats", StringComparison.Ordinal)..];
        var rows = section.Split('\n').SkipWhile(l => !l.StartsWith("| `", StringComparison.Ordinal))
            .TakeWhile(l => l.StartsWith('|')).ToList();
        rows.Select(r => r.Split('|')[1].Trim().Trim('`')).ShouldBe(CliOutputs.Offered.All.Select(w => w.Format.Id));
        foreach (var (row, writer) in rows.Zip(CliOutputs.Offered.All))
        {
            row.ShouldContain($"`{writer.Format.Extension}`");
            row.ShouldContain(writer.Format.MediaType);
            row.ShouldContain(writer.Format.Purpose);
            row.ShouldContain(writer.Format.InAll ? "| yes |" : "| no |");
        }
    }

    private sealed class OddWriter(string id) : IReportWriter
    {
        public OutputFormat Format { get; } = new(id, ".odd", "application/octet-stream", "怪", "无");

        public ReportOutput Write(ReportDocument document, CancellationToken cancellation = default) => new([]);
    }
}
