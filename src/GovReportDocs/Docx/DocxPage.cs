using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Docx;

/// <summary>The page: A4 with the GB/T 9704 margins and grid, page numbers odd right / even left, document settings.</summary>
internal static class DocxPage
{
    public const string OddFooterId = "rIdFooterOdd";
    public const string EvenFooterId = "rIdFooterEven";

    public static SectionProperties Section() => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = OddFooterId },
        new FooterReference { Type = HeaderFooterValues.Even, Id = EvenFooterId },
        new PageSize { Width = (UInt32Value)(uint)Twips.PageWidth, Height = (UInt32Value)(uint)Twips.PageHeight },
        new PageMargin
        {
            Top = Twips.Top,
            Bottom = Twips.Bottom,
            Left = (UInt32Value)(uint)Twips.Left,
            Right = (UInt32Value)(uint)Twips.Right,
            Header = 851,
            Footer = (UInt32Value)(uint)Twips.Footer,
            Gutter = 0,
        },
        // A line grid only: LibreOffice gives each 16 pt glyph two cells of a 15.79 pt character grid (14 characters
        // a line), so the 28 characters come from the body's character spacing instead (DocxStyles), in every program.
        new DocGrid { Type = DocGridValues.Lines, LinePitch = Twips.LinePitch });

    /// <summary>— N — in 4号宋体, one character in from the outer edge: right on odd pages, left on even.</summary>
    public static Footer PageNumberFooter(bool odd)
    {
        var oneCharacter = Twips.FromPt(PageLayout.PageNumberPt).ToString(CultureInfo.InvariantCulture);
        var indentation = odd ? new Indentation { Right = oneCharacter, FirstLine = "0" } : new Indentation { Left = oneCharacter, FirstLine = "0" };
        return new Footer(new Paragraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = DocxStyles.PageNumber },
                indentation,
                new Justification { Val = odd ? JustificationValues.Right : JustificationValues.Left }),
            new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
    }

    public static Settings Settings() => new(
        new DefaultTabStop { Val = 420 },
        new EvenAndOddHeaders(),
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
}
