using YamlDotNet.Core;

namespace GovReportDocs.Input;

/// <summary>What YamlDotNet's English messages mean for someone who typed the file, in Chinese.</summary>
internal static class YamlMessages
{
    private static readonly (string Fragment, string Meaning)[] Meanings =
    [
        ("tab", "不能用 Tab 键缩进或对齐，请改用空格"),
        ("did not find expected key", "缩进不一致，或这一行缺少“键: 值”中的冒号"),
        ("mapping values are not allowed", "此处不能出现“键: 值”：冒号后要有空格；若文字本身含有“: ”，请给整段文字加引号"),
        ("did not find expected ',' or ']'", "方括号列表没有正确结束：缺少半角逗号“,”或右括号“]”"),
        ("did not find expected ',' or '}'", "花括号没有正确结束：缺少半角逗号“,”或右括号“}”"),
        ("did not find expected '-' indicator", "列表的每一项应以“- ”开头，且缩进一致"),
        ("could not find expected ':'", "缺少冒号“:”（冒号后要有空格）"),
        ("unknown escape character", "双引号文字中有无效的反斜杠转义，请去掉反斜杠或改用单引号"),
        ("found unexpected end of stream", "文件意外结束：引号或括号没有闭合"),
        ("cannot start any token", "此处的字符不能作为值的开头（如 @、`、% 或 Tab），请给文字加引号"),
        ("did not find expected node content", "此处应为值"),
        ("did not find expected <document start>", "文件结构不完整，或有多余的内容"),
        ("while scanning a quoted scalar", "引号没有闭合"),
        ("while scanning an anchor", "“&”后面应为锚点名称；若是文字，请加引号"),
        ("while scanning an alias", "“*”后面应为别名；若是文字，请加引号"),
        ("anchor", "输入文件中不能使用锚点和别名"),
    ];

    public static string Explain(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).ToLowerInvariant();
        foreach (var (fragment, meaning) in Meanings)
        {
            if (message.Contains(fragment, StringComparison.Ordinal))
            {
                return meaning;
            }
        }

        return "无法解析（请检查缩进、冒号和引号）";
    }
}
