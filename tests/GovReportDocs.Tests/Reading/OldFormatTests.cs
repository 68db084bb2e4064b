using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>A report in the superseded 2019 试行 format: R9 once per kind of superseded label, an error (exit 1).</summary>
public class OldFormatTests
{
    [Fact]
    public void Each_kind_of_superseded_label_is_one_finding_however_often_it_is_printed()
    {
        // The 2019 table 二 prints its header in each group: 本年新制作数量 three times.
        var text = "平潭综合实验区2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
                   + "|信息内容|本年新制作数量|本年新公开数量|对外公开总数量|\n|规章|0|0|0|\n|规范性文件|1|1|5|\n"
                   + "第二十条第（五）项\n|信息内容|本年新制作数量|本年新公开数量|对外公开总数量|\n"
                   + "第二十条第（六）项\n|信息内容|本年新制作数量|本年新公开数量|对外公开总数量|\n";

        var check = GovReport.CheckPublished(TestReader.ReadText(text, "2019.txt"));

        var superseded = check.Diagnostics.Where(d => d.Message.Contains("2019年试行格式")).ToList();
        superseded.Select(d => d.Message).ShouldBe([
            "表格使用了已废止的2019年试行格式（出现“本年新制作数量”），应改用国办公开办函〔2021〕30号格式",
            "表格使用了已废止的2019年试行格式（出现“本年新公开数量”），应改用国办公开办函〔2021〕30号格式",
            "表格使用了已废止的2019年试行格式（出现“对外公开总数量”），应改用国办公开办函〔2021〕30号格式",
        ]);
        superseded.ShouldAllBe(d => d.Rule == RuleIds.R9 && d.Severity == Severity.Error);
    }
}
