using System.Buffers.Binary;
using System.Text;
using GovReportDocs.NationalFormat;
using GovReportDocs.Pdf.Fonts;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Pdf;

/// <summary>Font discovery on the Debian fonts tests/run.sh installs, .ttc extraction, CFF refusal and fallbacks.</summary>
[Trait("Requires", "debian")]
public class FontTests
{
    private const string UMing = "/usr/share/fonts/truetype/arphic/uming.ttc";

    [Fact]
    public void Discovery_reads_the_faces_of_ttc_collections_by_family_name()
    {
        var catalog = FontCatalog.Discover();
        var uming = catalog.Find("AR PL UMing CN")!;
        (uming.Path, uming.Index).ShouldBe((UMing, 0));
        catalog.Find("AR PL UMing TW")!.Index.ShouldBe(2);
        catalog.Find("ar pl ukai cn")!.Path.ShouldEndWith("ukai.ttc");
        var zenHei = catalog.Find("WenQuanYi Zen Hei")!;
        zenHei.Families.ShouldContain("文泉驿正黑");
        catalog.Find("文泉驿正黑").ShouldBe(zenHei);
    }

    [Fact]
    public void A_face_is_extracted_from_a_collection_as_a_standalone_font()
    {
        using var dir = new TempDirectory();
        var path = dir.File("hk.ttf");
        File.WriteAllBytes(path, FaceExtractor.Extract(UMing, 1));
        var faces = SfntReader.ReadFaces(path);
        faces.Count.ShouldBe(1);
        faces[0].Families.ShouldContain("AR PL UMing HK");
        faces[0].UnusableReason.ShouldBeNull();
    }

    [Fact]
    public void Cff_outline_fonts_are_skipped_with_the_reason()
    {
        using var dir = new TempDirectory();
        var path = dir.File("NotoSerifCJK-Regular.otf");
        File.WriteAllBytes(path, CffFont("Noto Serif CJK SC"));
        var face = SfntReader.ReadFaces(path).Single();
        face.Families.ShouldBe(["Noto Serif CJK SC"]);
        face.UnusableReason.ShouldBe("CFF 轮廓（只能嵌入 TrueType 字形的子集）");
        FontCatalog.Discover([path], includeSystemFolders: false).Find("Noto Serif CJK SC").ShouldBeNull();
    }

    [Fact]
    public void A_role_with_no_usable_font_is_an_error_that_says_how_to_fix_it()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("cff.otf"), CffFont("宋体"));
        var catalog = FontCatalog.Discover([dir.Path], includeSystemFolders: false);
        var error = Should.Throw<FontNotFoundException>(() => FontSelection.Choose(catalog));
        error.Message.ShouldStartWith("没有可用于标题的字体：依次查找了 方正小标宋简体、");
        error.Message.ShouldContain($"搜索位置：{dir.Path}");
        error.Message.ShouldContain("找到的“宋体”");
        error.Message.ShouldContain("不可用：CFF 轮廓");
        error.Message.ShouldContain("fonts-arphic-uming、fonts-arphic-ukai、fonts-wqy-zenhei");
        error.Message.ShouldContain("--font-dir");
    }

    [Fact]
    public void Every_substitution_is_reported()
    {
        var selection = FontSelection.Choose(FontCatalog.Discover([UMing, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/arphic/ukai.ttc"], includeSystemFolders: false));
        selection.Substitutions.Select(s => s.ToString()).ShouldBe(
        [
            $"标题：未找到“方正小标宋简体”，以“AR PL UMing CN”（{UMing}#0）代替",
            $"正文：未找到“仿宋_GB2312”，以“AR PL UMing CN”（{UMing}#0）代替",
            "一级标题：未找到“黑体”，以“WenQuanYi Zen Hei”（/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#0）代替",
            "二级标题：未找到“楷体_GB2312”，以“AR PL UKai CN”（/usr/share/fonts/truetype/arphic/ukai.ttc#0）代替",
            $"三级标题：未找到“仿宋_GB2312”，以“AR PL UMing CN”（{UMing}#0）代替",
            $"表格：未找到“宋体”，以“AR PL UMing CN”（{UMing}#0）代替",
            $"页码：未找到“宋体”，以“AR PL UMing CN”（{UMing}#0）代替",
        ]);
        selection[FontRole.Heading1].Families.ShouldContain("WenQuanYi Zen Hei");
    }

    [Fact]
    public void Folders_the_caller_adds_are_searched_before_the_system_ones()
    {
        using var dir = new TempDirectory();
        File.Copy("/usr/share/fonts/truetype/arphic/ukai.ttc", dir.File("kai.ttc"));
        var catalog = FontCatalog.Discover([dir.Path]);
        catalog.Searched[0].ShouldBe(dir.Path);
        catalog.Searched.ShouldContain("/usr/share/fonts");
        FontSelection.Choose(catalog)[FontRole.Heading2].Path.ShouldBe(dir.File("kai.ttc"));
    }

    /// <summary>A minimal OpenType file with CFF outlines: an 'OTTO' header, a 'CFF ' table and a name table.</summary>
    private static byte[] CffFont(string family)
    {
        var nameBytes = Encoding.BigEndianUnicode.GetBytes(family);
        var name = new byte[6 + 12 + nameBytes.Length];
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(4), 18);
        var record = name.AsSpan(6);
        BinaryPrimitives.WriteUInt16BigEndian(record, 3);
        BinaryPrimitives.WriteUInt16BigEndian(record[2..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(record[4..], 0x0804);
        BinaryPrimitives.WriteUInt16BigEndian(record[6..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(record[8..], (ushort)nameBytes.Length);
        nameBytes.CopyTo(name, 18);

        var font = new byte[12 + 2 * 16 + 4 + name.Length];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x4F54544F);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), 2);
        WriteTable(font, 0, 0x43464620, 44, 4);
        WriteTable(font, 1, 0x6E616D65, 48, (uint)name.Length);
        name.CopyTo(font, 48);
        return font;

        static void WriteTable(byte[] font, int index, uint tag, uint offset, uint length)
        {
            var entry = font.AsSpan(12 + index * 16);
            BinaryPrimitives.WriteUInt32BigEndian(entry, tag);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], length);
        }
    }
}
