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

    /// <summary>The section properties that close the body (w:sectPr).</summary>
    public static void Section(WordXml w)
    {
        w.Start("sectPr");
        FooterReference(w, "default", OddFooterId);
        FooterReference(w, "even", EvenFooterId);
        w.Start("pgSz");
        w.Attribute("w", Number(Twips.PageWidth));
        w.Attribute("h", Number(Twips.PageHeight));
        w.End();
        w.Start("pgMar");
        w.Attribute("top", Number(Twips.Top));
        w.Attribute("right", Number(Twips.Right));
        w.Attribute("bottom", Number(Twips.Bottom));
        w.Attribute("left", Number(Twips.Left));
        w.Attribute("header", "851");
        w.Attribute("footer", Number(Twips.Footer));
        w.Attribute("gutter", "0");
        w.End();
        // A line grid only: LibreOffice gives each 16 pt glyph two cells of a 15.79 pt character grid (14 characters
        // a line), so the 28 characters come from the body's character spacing instead (DocxStyles), in every program.
        w.Start("docGrid");
        w.Attribute("type", "lines");
        w.Attribute("linePitch", Number(Twips.LinePitch));
        w.End();
        w.End();
    }

    private static void FooterReference(WordXml w, string type, string id)
    {
        w.Start("footerReference");
        w.Attribute("type", type);
        w.RelationshipId(id);
        w.End();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

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
