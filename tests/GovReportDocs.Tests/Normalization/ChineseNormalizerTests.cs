using System.Text;
using GovReportDocs.Normalization;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Tests.Normalization;

/// <summary>Text as published put into one comparable form, character by character.</summary>
public class ChineseNormalizerTests
{
    [Theory]
    [InlineData("（一）予以公开", "(一)予以公开")]
    [InlineData("１．属于国家秘密", "1.属于国家秘密")]
    [InlineData("政府信息公開申請數量", "政府信息公开申请数量")]
    [InlineData(" 行政 规范性\u3000文件\t", "行政规范性文件")]
    [InlineData("“现行有效件数”\u200b\u2060\ufeff", "现行有效件数")]
    [InlineData("第二十条第（一）项", "第二十条第(一)项")]
    [InlineData("", "")]
    public void Widths_traditional_characters_spaces_and_quotes_fold(string printed, string compared) =>
        ChineseNormalizer.Normalize(printed).ShouldBe(compared);

    [Fact]
    public void A_text_already_in_comparable_form_is_returned_as_it_is()
    {
        var text = "3.补正后申请内容仍不明确";

        ChineseNormalizer.Normalize(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void Normalizing_is_folding_each_character()
    {
        var random = new Random(5);
        const string alphabet = "（）１ａＡ 　\t\n總计開开“”‘’\"'\u200b\u2060\ufeff一、。a1";
        for (var n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 20)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var folded = new StringBuilder();
            foreach (var c in text)
            {
                folded.Append(ChineseNormalizer.Fold(c)?.ToString() ?? "");
            }

            ChineseNormalizer.Normalize(text).ShouldBe(folded.ToString(), text);
            ChineseNormalizer.Normalize(ChineseNormalizer.Normalize(text)).ShouldBe(ChineseNormalizer.Normalize(text));
        }
    }

    [Fact]
    public void A_nul_character_does_stay_as_it_did_before_the_lookup_table()
    {
        // Dropped, it turned `12\0` into a count of 12 that the dictionary-based normaliser never read.
        ChineseNormalizer.Normalize("12\0").ShouldBe("12\0");
        ChineseNormalizer.Normalize("總\0計").ShouldBe("总\0计");
        ChineseNormalizer.Fold('\0').ShouldBe('\0');
        CellValue.TryRead(new SourceCell("12\0", 1), out _).ShouldBeFalse();
    }
}
