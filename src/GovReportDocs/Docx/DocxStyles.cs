using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Docx;

/// <summary>
/// The named styles of the document, so an office can restyle it in Word or WPS: title, heading 1–3 (in the
/// navigation pane), body (Normal), table text, closing, page number, and the lead-in character styles.
/// Children are built in schema order: WordprocessingML rejects them otherwise.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Body = "Normal";
    public const string TableText = "TableText";
    public const string Closing = "Closing";
    public const string PageNumber = "PageNumber";
    public const string LeadIn2 = "LeadIn2";
    public const string LeadIn3 = "LeadIn3";

    private sealed record ParagraphStyle(
        string Id, string Name, FontRole Role, double SizePt, JustificationValues Justification,
        int IndentChars = 0, bool OffGrid = false, double? LinePt = null, int? OutlineLevel = null, bool Bold = false);

    public static Styles Build()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(FontRole.Body),
                    new Spacing { Val = Twips.CharacterSpacing },
                    new Kern { Val = 0 },
                    new FontSize { Val = Twips.HalfPoints(PageLayout.BodyPt) },
                    new FontSizeComplexScript { Val = Twips.HalfPoints(PageLayout.BodyPt) },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new WidowControl(),
                    new OverflowPunctuation { Val = true },
                    // No extra space between CJK and digits or Latin (2025 年 1 月): 公文 set both off.
                    new AutoSpaceDE { Val = false },
                    new AutoSpaceDN { Val = false },
                    ExactSpacing()))));

        ParagraphStyle[] paragraphs =
        [
            new(Body, "Normal", FontRole.Body, PageLayout.BodyPt, JustificationValues.Both, PageLayout.FirstLineIndentChars),
            new(Title, "Title", FontRole.Title, PageLayout.TitlePt, JustificationValues.Center),
            new(Heading1, "heading 1", FontRole.Heading1, PageLayout.BodyPt, JustificationValues.Both, PageLayout.FirstLineIndentChars, OutlineLevel: 0),
            new(Heading2, "heading 2", FontRole.Heading2, PageLayout.BodyPt, JustificationValues.Both, PageLayout.FirstLineIndentChars, OutlineLevel: 1),
            new(Heading3, "heading 3", FontRole.Heading3, PageLayout.BodyPt, JustificationValues.Both, PageLayout.FirstLineIndentChars, OutlineLevel: 2, Bold: true),
            new(TableText, "Table Text", FontRole.Table, PageLayout.TablePt, JustificationValues.Center, OffGrid: true, LinePt: PageLayout.TableLinePt),
            new(Closing, "Closing", FontRole.Body, PageLayout.BodyPt, JustificationValues.Left),
            new(PageNumber, "Page Number", FontRole.PageNumber, PageLayout.PageNumberPt, JustificationValues.Right, OffGrid: true),
        ];
        foreach (var paragraph in paragraphs)
        {
            styles.Append(Paragraph(paragraph));
        }

        styles.Append(Character(LeadIn2, "Lead-in 2", FontRole.Heading2, bold: false));
        styles.Append(Character(LeadIn3, "Lead-in 3", FontRole.Heading3, bold: true));
        return styles;
    }

    public static RunFonts Fonts(FontRole role)
    {
        var eastAsia = OfficialFonts.For(role);
        // Tables and page numbers in 宋体 throughout: table digits are its half-width digits, half an em as CellFit counts
        // them, in Word as in the PDF (LibreOffice without Times New Roman's metric twin put DejaVu Serif's 0.64 em).
        var latin = role is FontRole.PageNumber or FontRole.Table ? eastAsia : OfficialFonts.Latin;
        return new RunFonts { Hint = FontTypeHintValues.EastAsia, Ascii = latin, HighAnsi = latin, EastAsia = eastAsia, ComplexScript = latin };
    }

    private static SpacingBetweenLines ExactSpacing() =>
        new() { Before = "0", After = "0", Line = Twips.LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact };

    private static Style Paragraph(ParagraphStyle spec)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = spec.Id };
        if (spec.Id == Body)
        {
            style.Default = true;
        }
        else
        {
            style.CustomStyle = spec.Id is TableText or Closing or PageNumber;
        }

        style.Append(new StyleName { Val = spec.Name });
        if (spec.Id != Body)
        {
            style.Append(new BasedOn { Val = Body });
        }

        if (spec.OutlineLevel is not null)
        {
            style.Append(new NextParagraphStyle { Val = Body });
        }

        style.Append(new PrimaryStyle());

        var paragraph = new StyleParagraphProperties();
        if (spec.OutlineLevel is not null)
        {
            paragraph.Append(new KeepNext());
        }

        // No extra space between CJK and Latin or digits (2025年, not 2025 年), as 公文 are set. Word and WPS honour it;
        // LibreOffice 7.4's .docx import skips both elements, so it alone still shows the gap (docs/layout.md).
        // Word's default, written out because LibreOffice (7.4) reads overflowPunct inverted and, left without it, hangs
        // a line-final 、，。 into the margin where its PDF export drops it.
        paragraph.Append(new OverflowPunctuation { Val = true }, new AutoSpaceDE { Val = false }, new AutoSpaceDN { Val = false });
        if (spec.OffGrid)
        {
            // Off the 22-line document grid, or every table line would take a full 29 pt body line.
            paragraph.Append(new SnapToGrid { Val = false });
        }

        paragraph.Append(!spec.OffGrid ? ExactSpacing()
            : spec.LinePt is { } linePt ? new SpacingBetweenLines { Before = "0", After = "0", Line = Twips.FromPt(linePt).ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact }
            : new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        paragraph.Append(new Indentation
        {
            Left = "0",
            Right = "0",
            FirstLine = (spec.IndentChars * Twips.BodyChar).ToString(CultureInfo.InvariantCulture),
            FirstLineChars = spec.IndentChars * 100,
        });
        paragraph.Append(new Justification { Val = spec.Justification });
        if (spec.OutlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        style.Append(paragraph);
        style.Append(RunProperties(spec.Role, spec.SizePt, spec.Bold));
        return style;
    }

    private static StyleRunProperties RunProperties(FontRole role, double sizePt, bool bold)
    {
        var run = new StyleRunProperties(Fonts(role));
        if (bold)
        {
            run.Append(new Bold(), new BoldComplexScript());
        }

        run.Append(new FontSize { Val = Twips.HalfPoints(sizePt) }, new FontSizeComplexScript { Val = Twips.HalfPoints(sizePt) });
        return run;
    }

    private static Style Character(string id, string name, FontRole role, bool bold)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id, CustomStyle = true };
        style.Append(new StyleName { Val = name });
        var run = new StyleRunProperties(Fonts(role));
        if (bold)
        {
            run.Append(new Bold(), new BoldComplexScript());
        }

        style.Append(run);
        return style;
    }
}
