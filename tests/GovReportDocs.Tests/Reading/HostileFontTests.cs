using System.Text;
using GovReportDocs.Reading.Sources;
using GovReportDocs.Reading.Sources.Pdf;
using UglyToad.PdfPig.Tokens;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// A PDF font's ToUnicode map and /W widths, as our own page reader takes them, built to exhaust the memory or the
/// time: each is refused at once (the page is then left to PdfPig, which a hostile file meets with the other limits).
/// </summary>
public class HostileFontTests
{
    private static string Ranges(string range, int times) =>
        $"begincmap\n{times} beginbfrange\n{string.Concat(Enumerable.Repeat(range + "\n", times))}endbfrange\nendcmap\n";

    [Fact]
    public void A_tounicode_range_given_again_and_again_over_the_same_codes_is_refused()
    {
        // Each repeat passes a limit on the map's size (the same 65,536 codes), but costs 65,536 entries again.
        var once = ToUnicodeMap.Read(Encoding.ASCII.GetBytes(Ranges("<0000> <FFFF> <0000>", 1)));
        once.ShouldNotBeNull();
        once.Count.ShouldBe(ReadingLimits.MaxFontCodeRange);
        once[0x4E00].ShouldBe("一");

        ToUnicodeMap.Read(Encoding.ASCII.GetBytes(Ranges("<0000> <FFFF> <0000>", 4))).ShouldBeNull();
    }

    [Fact]
    public void A_tounicode_range_at_the_top_of_the_codes_ends()
    {
        // Four-byte codes up to 0x7FFFFFFF: a loop on the code itself would wrap past int.MaxValue and never end.
        var map = ToUnicodeMap.Read(Encoding.ASCII.GetBytes(Ranges("<7FFFFFF0> <7FFFFFFF> <4E00>", 1)));
        map.ShouldNotBeNull();
        map.Count.ShouldBe(16);
        map[int.MaxValue].ShouldBe("\u4E0F");
    }

    private static bool Widths(params IToken[] items) =>
        TextFont.ReadCidWidths(new ArrayToken(items), null!, new Dictionary<int, double>());

    private static NumericToken N(long value) => new(value);

    [Fact]
    public void A_widths_range_ending_at_the_largest_code_is_refused_or_ends()
    {
        // `2147483000 2147483647 500`: counted in int, the span passes and the loop wraps past int.MaxValue forever.
        Widths(N(2147483000), N(2147483647), N(500)).ShouldBeFalse();
        Widths(N(int.MinValue), N(int.MaxValue), N(500)).ShouldBeFalse();

        var widths = new Dictionary<int, double>();
        TextFont.ReadCidWidths(new ArrayToken([N(int.MaxValue - 1), N(int.MaxValue), N(500)]), null!, widths).ShouldBeFalse();
    }

    [Fact]
    public void Widths_given_again_and_again_over_the_same_codes_are_refused_and_real_ones_read()
    {
        Widths([.. Enumerable.Repeat<IToken[]>([N(0), N(65535), N(500)], 4).SelectMany(t => t)]).ShouldBeFalse();

        var widths = new Dictionary<int, double>();
        TextFont.ReadCidWidths(new ArrayToken([N(1), new ArrayToken([N(500), N(600)]), N(10), N(12), N(1000)]), null!, widths).ShouldBeTrue();
        widths.ShouldBe(new Dictionary<int, double> { [1] = 500, [2] = 600, [10] = 1000, [11] = 1000, [12] = 1000 }, ignoreOrder: true);
    }
}
