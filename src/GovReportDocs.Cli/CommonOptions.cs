using System.CommandLine;
using GovReportDocs.Narrative;

namespace GovReportDocs.Cli;

/// <summary>Options several commands share, described once.</summary>
internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "以 JSON 输出检查结果（供平台集成，格式见 docs/cli.md“JSON output”）" };

    public static Option<string?> Templates() => new("--templates")
    {
        Description = "叙述模板目录：其中的 .hbs 文件逐个替换内置模板",
        HelpName = "目录",
    };

    public static Option<string?> Root() => new("--root")
    {
        Description = "上年报告（previousYear）只能在此目录之内；默认为当前目录（输入文件在其中时）或输入文件所在目录",
        HelpName = "目录",
    };

    /// <summary>The templates, or null after telling the user what is wrong with the directory.</summary>
    public static NarrativeTemplates? LoadTemplates(CliConsole console, string? directory)
    {
        if (directory is null)
        {
            return NarrativeTemplates.Default;
        }

        try
        {
            return NarrativeTemplates.FromDirectory(directory);
        }
        catch (NarrativeException e)
        {
            console.Error.WriteLine(e.ToString());
            return null;
        }
    }
}
