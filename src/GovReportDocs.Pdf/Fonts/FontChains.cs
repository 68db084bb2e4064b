using GovReportDocs.NationalFormat;

namespace GovReportDocs.Pdf.Fonts;

/// <summary>
/// For each role, the family names to try, from the exact 公文 font to the Debian packages
/// (docs/layout.md, Fonts: 仿宋 → 宋 → any serif CJK; 小标宋 → 宋; 黑体 → any sans CJK; 楷体 → any 楷 → 宋).
/// </summary>
internal static class FontChains
{
    private static readonly string[] Song = ["宋体", "SimSun", "NSimSun", "新宋体", "Songti SC", "STSong", "华文宋体"];
    private static readonly string[] SerifCjk = ["AR PL UMing CN", "AR PL UMing TW", "文鼎PL细上海宋Uni"];
    private static readonly string[] FangSong = ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "华文仿宋"];

    /// <summary>The chain of a role; its first entry is the exact font.</summary>
    public static IReadOnlyList<string> For(FontRole role) => role switch
    {
        FontRole.Title => ["方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", .. Song, .. SerifCjk],
        FontRole.Heading1 => ["黑体", "SimHei", "Heiti SC", "STHeiti", "Microsoft YaHei", "微软雅黑", "WenQuanYi Zen Hei", "文泉驿正黑", "WenQuanYi Micro Hei"],
        FontRole.Heading2 => ["楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "华文楷体", "AR PL UKai CN", "AR PL UKai TW", .. Song, .. SerifCjk],
        FontRole.Table or FontRole.PageNumber => [.. Song, .. FangSong, .. SerifCjk],
        _ => [.. FangSong, .. Song, .. SerifCjk],
    };

    /// <summary>What a role is called in messages.</summary>
    public static string RoleName(FontRole role) => role switch
    {
        FontRole.Title => "标题",
        FontRole.Body => "正文",
        FontRole.Heading1 => "一级标题",
        FontRole.Heading2 => "二级标题",
        FontRole.Heading3 => "三级标题",
        FontRole.Table => "表格",
        _ => "页码",
    };
}
