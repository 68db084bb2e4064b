namespace GovReportDocs.NationalFormat;

/// <summary>What a piece of text is, which decides its font (docs/layout.md, Fonts).</summary>
public enum FontRole
{
    /// <summary>Title: 方正小标宋简体.</summary>
    Title,
    /// <summary>Body: 仿宋_GB2312.</summary>
    Body,
    /// <summary>Level-1 headings (一、): 黑体.</summary>
    Heading1,
    /// <summary>Level-2 headings (（一）): 楷体_GB2312.</summary>
    Heading2,
    /// <summary>Level-3 headings (1.): 仿宋_GB2312, bold.</summary>
    Heading3,
    /// <summary>Table text: 宋体.</summary>
    Table,
    /// <summary>Page numbers: 宋体.</summary>
    PageNumber,
}

/// <summary>The Windows font names of the 公文 fonts, as written into .docx East Asian font slots.</summary>
internal static class OfficialFonts
{
    /// <summary>Digits and Latin letters.</summary>
    public const string Latin = "Times New Roman";

    /// <summary>The East Asian font of a role.</summary>
    public static string For(FontRole role) => role switch
    {
        FontRole.Title => "方正小标宋简体",
        FontRole.Heading1 => "黑体",
        FontRole.Heading2 => "楷体_GB2312",
        FontRole.Table or FontRole.PageNumber => "宋体",
        _ => "仿宋_GB2312",
    };
}
