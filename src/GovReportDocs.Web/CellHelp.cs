using System.Text;
using System.Text.Encodings.Web;

namespace GovReportDocs.Web;

/// <summary>
/// What the words of the form mean, written once, as data: each entry names a label of the official tables as printed
/// and explains it with the article of the 《政府信息公开条例》 it comes from. The editor shows a cell's entries while the
/// cell is focused or hovered, and the 填报说明 page lists them all.
/// </summary>
internal static class CellHelp
{
    /// <summary>A label of the tables, and what it means.</summary>
    public static IReadOnlyList<(string Label, string Meaning)> Entries { get; } =
    [
        ("规章", "《条例》第二十条第（一）项：行政法规、规章和规范性文件。填本年制发、本年废止的件数和年底现行有效的件数。"),
        ("行政规范性文件", "《条例》第二十条第（一）项：本机关制发的行政规范性文件。现行有效件数 = 上年现行有效 + 本年制发 − 本年废止（R6 核对）。"),
        ("行政许可", "《条例》第二十条第（五）项：办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果。填本年作出的行政许可处理决定数量。"),
        ("行政处罚", "《条例》第二十条第（六）项：实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定。填本年处理决定数量。"),
        ("行政强制", "《条例》第二十条第（六）项：实施行政处罚、行政强制的依据、条件、程序。填本年处理决定数量。"),
        ("行政事业性收费", "《条例》第二十条第（八）项：行政事业性收费项目及其依据、标准。单位为万元，最多4位小数。"),
        ("本年新收", "本年收到的政府信息公开申请，按申请人类型分列。"),
        ("上年结转", "上年度“四、结转下年度继续办理”的件数，各列应与上年度报告相同（R6 核对）。"),
        ("部分公开", "区分处理（《条例》第三十七条）：申请公开的信息中含有不应当公开或者不属于政府信息的内容，但能够作区分处理的，提供可以公开的内容，并对不予公开的内容说明理由。区分处理的只计这一情形，不再计入其他情形。"),
        ("国家秘密", "《条例》第十四条：依法确定为国家秘密的政府信息，不予公开。"),
        ("法律行政法规禁止公开", "《条例》第十四条：法律、行政法规禁止公开的政府信息，不予公开。"),
        ("三安全一稳定", "《条例》第十四条：公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开。"),
        ("第三方合法权益", "《条例》第十五条：涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，不得公开；第三方同意公开或者不公开会对公共利益造成重大影响的除外。"),
        ("三类内部事务信息", "《条例》第十六条第一款：行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息。"),
        ("四类过程性信息", "《条例》第十六条第二款：行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息。"),
        ("行政执法案卷", "《条例》第十六条第二款：行政执法案卷信息。"),
        ("行政查询事项", "《条例》第三十六条第（七）项：所申请公开信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定的，告知申请人依照其规定办理。"),
        ("本机关不掌握", "《条例》第三十六条第（四）项：经检索没有所申请公开信息的，告知申请人该政府信息不存在。"),
        ("另行制作", "《条例》第三十八条：行政机关提供的信息应当是已制作或者获取的政府信息；需要对现有政府信息进行加工、分析的，可以不予提供。"),
        ("仍不明确", "《条例》第三十条：申请内容不明确的，行政机关应当给予指导和释明，一次性告知申请人补正；补正后申请内容仍不明确的，计入此项。"),
        ("信访举报投诉", "《条例》第三十九条第一款：以政府信息公开申请的形式进行信访、投诉、举报等活动的，告知不作为政府信息公开申请处理，可以告知通过相应渠道提出。"),
        ("重复申请", "《条例》第三十六条第（六）项：已就申请作出答复、申请人重复申请公开相同政府信息的，告知不予重复处理。"),
        ("公开出版物", "《条例》第三十九条第二款：申请人要求提供政府公报、报刊、书籍等公开出版物的，可以告知获取的途径。"),
        ("大量反复申请", "《条例》第三十五条：申请公开政府信息的数量、频次明显超过合理范围，行政机关要求说明理由，认为理由不合理而告知不予处理的。"),
        ("确认或重新出具", "《条例》没有专门条文：这一类型由年度报告格式（国办公开办函〔2021〕30号）列出，指申请人要求行政机关确认或者重新出具已经获取的信息的。"),
        ("逾期不补正", "《条例》第三十条：申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理该政府信息公开申请。"),
        ("缴纳费用", "《条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）：申请人逾期未按收费通知要求缴纳费用的，行政机关不再处理该申请。"),
        ("总计", "自动计算，不能修改：改正请修改相加的各格。"),
        ("结转下年度", "本年未办结、转入下一年度继续办理的件数。勾稽关系：一＋二 ＝ 三（七）＋四（R2 核对）。"),
        ("尚未审结", "本年度结束时尚未作出复议决定或判决的件数。"),
    ];

    /// <summary>What the words of a cell's description mean, each entry once; null when none applies.</summary>
    public static string? For(string describe)
    {
        var meanings = Entries.Where(e => describe.Contains(e.Label, StringComparison.Ordinal)).Select(e => e.Meaning).ToList();
        return meanings.Count == 0 ? null : string.Join("\n", meanings);
    }

    /// <summary>The 填报说明 page: every entry, under the editor's own style sheet.</summary>
    public static string Page()
    {
        var html = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>填报说明</title>
            <link rel="stylesheet" href="assets/app.css">
            </head>
            <body>
            <header class="bar"><a href="./" class="back">← 报告列表</a><h1>填报说明</h1></header>
            <main class="page">
            <p class="muted">国办公开办函〔2021〕30号格式中各栏的含义；引用的条文为《中华人民共和国政府信息公开条例》。</p>
            <dl class="help">

            """);
        foreach (var (label, meaning) in Entries)
        {
            html.Append("<dt>").Append(HtmlEncoder.Default.Encode(label)).Append("</dt><dd>")
                .Append(HtmlEncoder.Default.Encode(meaning)).Append("</dd>\n");
        }

        return html.Append("</dl>\n</main>\n</body>\n</html>\n").ToString();
    }
}
