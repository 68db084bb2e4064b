using System.Buffers.Binary;
using GovReportDocs.Pdf.Fonts;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Pdf;

/// <summary>The subsets we embed: glyphs numbered afresh in order of use, with their own outlines and widths.</summary>
[Trait("Requires", "debian")]
public class FontSubsetTests
{
    private static readonly FontFace UMing = new("/usr/share/fonts/truetype/arphic/uming.ttc", 0, ["AR PL UMing CN"], null);

    [Fact]
    public void A_subset_holds_only_the_glyphs_drawn_renumbered_in_order_of_use()
    {
        var face = TrueTypeFace.Of(UMing);
        face.GlyphCount.ShouldBeGreaterThan(20_000);
        var subset = new FontSubset(face);
        var text = "政府信息公开2024年";
        var numbers = text.Select(c => subset.Use(face.Glyph(c), c)).ToList();
        numbers.ShouldBe([1, 2, 3, 4, 5, 6, 7, 8, 7, 9, 10]); // 2024: the second 2 is glyph 7 again

        using var dir = new TempDirectory();
        var path = dir.File("subset.ttf");
        File.WriteAllBytes(path, subset.Build());
        var read = TrueTypeFace.Of(new FontFace(path, 0, [], null));
        read.GlyphCount.ShouldBe(subset.Count);
        read.UnitsPerEm.ShouldBe(face.UnitsPerEm);
        for (var number = 0; number < subset.Count; number++)
        {
            var original = subset.Original(number);
            read.Advance(number).ShouldBe(face.Advance(original));
            read.LeftBearing(number).ShouldBe(face.LeftBearing(original));
            read.Outline(number).ToArray().ShouldBe(face.Outline(original).ToArray());
        }

        subset.Unicode[1].ShouldBe('政');
        subset.Unicode[7].ShouldBe('2');
    }

    [Fact]
    public void A_subset_is_a_valid_font_file_with_checksums()
    {
        var face = TrueTypeFace.Of(UMing);
        var subset = new FontSubset(face);
        subset.Use(face.Glyph('年'), '年');
        var font = subset.Build();
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tags = Enumerable.Range(0, tables).Select(i => System.Text.Encoding.ASCII.GetString(font, 12 + 16 * i, 4)).ToList();
        tags.ShouldBe(tags.Order(StringComparer.Ordinal).ToList());
        tags.ShouldContain("glyf");
        tags.ShouldContain("loca");
        tags.ShouldContain("hmtx");

        // The whole file sums to the magic number once head's adjustment is in.
        uint sum = 0;
        for (var i = 0; i + 4 <= font.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(i));
        }

        sum.ShouldBe(0xB1B0AFBA);
        font.Length.ShouldBeLessThan(4_000);
    }

    [Fact]
    public void A_character_the_face_lacks_is_drawn_as_notdef()
    {
        var face = TrueTypeFace.Of(UMing);
        face.Glyph(0x1F600).ShouldBe(0);
        new FontSubset(face).Use(0, 0x1F600).ShouldBe(0);
    }
}
