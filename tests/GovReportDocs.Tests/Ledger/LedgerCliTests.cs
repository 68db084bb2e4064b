using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Ledger;

public class LedgerCliTests
{
    [Fact]
    public void Ledger_init_writes_the_template_and_refuses_to_overwrite_without_force()
    {
        using var dir = new TempDirectory();
        var path = dir.File("台账.xlsx");
        var result = CliRunner.Run("ledger", "init", "-o", path);
        result.ExitCode.ShouldBe(0);
        File.ReadAllBytes(path).ShouldBe(GovReport.LedgerTemplate());
        var again = CliRunner.Run("ledger", "init", "-o", path);
        again.ExitCode.ShouldBe(2);
        again.Error.ShouldContain("文件已存在；如需覆盖请加 --force");
        CliRunner.Run("ledger", "init", "-o", path, "--force").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Ledger_count_prints_the_tables_explains_them_and_writes_them_into_an_input()
    {
        using var dir = new TempDirectory();
        var fixture = new LedgerFixture(60);
        var ledger = dir.File("台账.xlsx");
        File.WriteAllBytes(ledger, fixture.TemplateLedger());
        var input = dir.Write("input.yaml", "# 联系人请勿改动\n" + GovReport.ToInputYaml(GovReportDocs.Model.AnnualReport.Empty("盘州市自然资源局", 2025)));
        var html = dir.File("依据.html");

        var result = CliRunner.Run("ledger", "count", ledger, "--year", "2025", "--explain", "--explain-html", html, "--into", input);
        result.ExitCode.ShouldBe(0, result.Error);
        var expected = fixture.ExpectedApplications(2025);
        result.Out.ShouldContain($"  一、本年新收政府信息公开申请数量：{string.Join(" ", expected.NewlyReceived.ToArray())} {expected.NewlyReceived.Total}");
        result.Out.ShouldContain("各单元格的依据：");
        result.Out.ShouldContain($"表三 第一行“本年新收” 总计列 = {expected.NewlyReceived.Total}：工作表“政府信息公开申请”第");
        File.ReadAllText(html).ShouldContain("<h1>2025年表三、表四的台账依据</h1>");
        var written = File.ReadAllText(input);
        written.ShouldStartWith("# 联系人请勿改动\n");
        GovReport.Load(input).Report!.Applications.ShouldBe(expected);
        result.Error.ShouldContain("（注释保留）");
    }

    [Fact]
    public void Ledger_count_exits_1_for_unplaced_rows_or_a_broken_R6_and_2_for_an_unreadable_file()
    {
        using var dir = new TempDirectory();
        var fixture = new LedgerFixture(300);
        var ledger = dir.File("台账.xlsx");
        File.WriteAllBytes(ledger, fixture.TemplateLedger([[new DateOnly(2025, 2, 1), "甲", "外星人", "某事", null, null]]));
        var result = CliRunner.Run("ledger", "count", ledger, "--year", "2025");
        result.ExitCode.ShouldBe(1);
        result.Out.ShouldContain($"错误 {ledger}：工作表“政府信息公开申请”第302行：申请人类别“外星人”不是表三的申请人类别");

        var last = GovReport.ToInputYaml(GovReportDocs.Model.AnnualReport.Empty("盘州市自然资源局", 2024));
        var previous = dir.Write("2024.yaml", last);
        var r6 = CliRunner.Run("ledger", "count", ledger, "--year", "2025", "--previous", previous);
        r6.ExitCode.ShouldBe(1);
        r6.Out.ShouldContain("R6 表三 第二行“上年结转” 自然人列应为0（上年报告（2024年）第四行“结转下年度”），台账统计为");
        var fromLedger = CliRunner.Run("ledger", "count", ledger, "--year", "2025", "--previous", ledger);
        fromLedger.Out.ShouldNotContain("R6");

        var broken = dir.Write("坏.xlsx", "不是表格");
        var unreadable = CliRunner.Run("ledger", "count", broken, "--year", "2025");
        unreadable.ExitCode.ShouldBe(2);
        unreadable.Error.ShouldContain("文件已损坏");
        unreadable.Error.ShouldNotContain("   at ");
    }
}
