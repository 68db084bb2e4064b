using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Docx;

/// <summary>
/// Renders a report as .docx laid out per GB/T 9704, with named styles an office can edit in Word or WPS.
/// Stateless and thread-safe; the same report gives the same bytes.
/// </summary>
internal static class DocxRenderer
{
    /// <summary>Renders a composed report to a new byte array.</summary>
    public static byte[] Render(ComposedReport report)
    {
        using var output = new MemoryStream();
        Render(report, output);
        return output.ToArray();
    }

    /// <summary>Renders a composed report to a stream.</summary>
    public static void Render(ComposedReport report, Stream output)
    {
        var document = new Document(Body(report));
        document.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        DocxPackage.Write(
            new DocxPackage.Parts(
                document,
                DocxStyles.Build(),
                DocxPage.Settings(),
                DocxPage.PageNumberFooter(odd: true),
                DocxPage.PageNumberFooter(odd: false),
                xml => CoreProperties.Write(xml, report)),
            output);
    }

    private static Body Body(ComposedReport report)
    {
        var body = new Body();
        var blocks = report.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var beforeClosing = i + 1 < blocks.Count && blocks[i + 1] is ClosingBlock;
            switch (blocks[i])
            {
                case TitleBlock title:
                    body.Append(Title(title));
                    body.Append(Styled(DocxStyles.Body));
                    break;
                case HeadingBlock heading:
                    body.Append(AfterTable(Styled(HeadingStyle(heading.Level), new Run(Text(heading.Text))), blocks, i));
                    break;
                case ParagraphBlock paragraph:
                    body.Append(AfterTable(Paragraph(paragraph, keepWithNext: beforeClosing), blocks, i));
                    break;
                case TableBlock table:
                    body.Append(DocxTables.Build(table));
                    break;
                case ClosingBlock closing:
                    body.Append(Closing(closing));
                    break;
            }
        }

        body.Append(DocxPage.Section());
        return body;
    }

    /// <summary>
    /// The text after a table starts <see cref="PageLayout.SpaceAfterTablePt"/> under its bottom rule, as the PDF sets
    /// it: written out, so that the paragraph's own style does not decide it.
    /// </summary>
    private static Paragraph AfterTable(Paragraph paragraph, IReadOnlyList<ReportBlock> blocks, int index)
    {
        if (index > 0 && blocks[index - 1] is TableBlock)
        {
            paragraph.ParagraphProperties!.Append(new SpacingBetweenLines { Before = Twips.FromPt(PageLayout.SpaceAfterTablePt).ToString(CultureInfo.InvariantCulture) });
        }

        return paragraph;
    }

    /// <summary>
    /// A blank line, then each line of the signature at the indent <see cref="ClosingLayout"/> gave it, kept together
    /// and with the text before it (GB/T 9704: no page with the signature alone).
    /// </summary>
    private static IEnumerable<Paragraph> Closing(ClosingBlock closing)
    {
        yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Body }, new KeepNext()));
        for (var i = 0; i < closing.Lines.Count; i++)
        {
            var line = closing.Lines[i];
            var properties = new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Closing });
            if (i < closing.Lines.Count - 1)
            {
                properties.Append(new KeepNext());
            }

            properties.Append(new Indentation
            {
                Left = ((int)Math.Round(line.IndentChars * Twips.CharacterPitch)).ToString(CultureInfo.InvariantCulture),
                LeftChars = (int)Math.Round(line.IndentChars * 100),
                // Never wrapped: where a reader's digits are wider than Times New Roman's, the date may reach into the margin.
                Right = (-PageLayout.ClosingRightIndentChars * Twips.BodyChar).ToString(CultureInfo.InvariantCulture),
                FirstLine = "0",
                FirstLineChars = 0,
            });
            yield return new Paragraph(properties, TextRun(line.Text));
        }
    }

    private static Paragraph Title(TitleBlock title)
    {
        var paragraph = Styled(DocxStyles.Title);
        for (var i = 0; i < title.Lines.Count; i++)
        {
            var run = new Run();
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(Text(title.Lines[i]));
            paragraph.Append(run);
        }

        return paragraph;
    }

    private static Paragraph Paragraph(ParagraphBlock block, bool keepWithNext)
    {
        var paragraph = keepWithNext
            ? new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Body }, new KeepNext()))
            : Styled(DocxStyles.Body);
        if (block.LeadIn is not null)
        {
            var style = block.LeadInLevel == 2 ? DocxStyles.LeadIn2 : DocxStyles.LeadIn3;
            paragraph.Append(new Run(new RunProperties(new RunStyle { Val = style }), Text(block.LeadIn)));
        }

        paragraph.Append(TextRun(block.Text));
        return paragraph;
    }

    private static string HeadingStyle(int level) => level switch
    {
        1 => DocxStyles.Heading1,
        2 => DocxStyles.Heading2,
        _ => DocxStyles.Heading3,
    };

    private static Paragraph Styled(string style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(content);
        return paragraph;
    }

    private static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    /// <summary>
    /// A run of body text whose hyphens between digits (0851-86543210) are Word's non-breaking hyphen, so Word and
    /// WPS keep a phone number on one line as the PDF does. No invisible joiner is added anywhere: offices copy this
    /// text into GBK web pages, where it would print as “?”. LibreOffice 7.4 still breaks after the hyphen.
    /// </summary>
    private static Run TextRun(string text)
    {
        var run = new Run();
        var start = 0;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] == '-' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                run.Append(Text(text[start..i]), new NoBreakHyphen());
                start = i + 1;
            }
        }

        run.Append(Text(text[start..]));
        return run;
    }
}
