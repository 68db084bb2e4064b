using System.Globalization;
using System.Xml;
using GovReportDocs.Composition;
using GovReportDocs.Composition.Layout;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Docx;

/// <summary>
/// Renders a report as .docx laid out per GB/T 9704, with named styles an office can edit in Word or WPS.
/// Stateless and thread-safe; the same report gives the same bytes. document.xml is written as it is decided
/// (<see cref="WordXml"/>); the parts every report shares are written once (<see cref="DocxPackage"/>).
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
    public static void Render(ComposedReport report, Stream output) =>
        DocxPackage.Write(xml => Document(xml, report), xml => CoreProperties.Write(xml, report), output);

    /// <summary>
    /// Where the tables break, from the one layout the PDF uses, measured without fonts: Word sets the document with
    /// whatever faces the machine has, whose CJK and half-width ASCII have these widths. Only a crossing label's page
    /// starts change the .docx (<see cref="DocxTables"/>), and a table breaks by what stands before it, so the layout
    /// stops after the last table with such a label (表三).
    /// </summary>
    private static PageCanvas? PlannedTables(ComposedReport report)
    {
        var last = -1;
        for (var i = 0; i < report.Blocks.Count; i++)
        {
            if (report.Blocks[i] is TableBlock table && !TablePageBreaks.BreaksOnlyBetweenBlocks(table.Table) && TablePageBreaks.CrossingLabels(table.Table).Any())
            {
                last = i;
            }
        }

        return last < 0 ? null : new DocumentLayout(FixedPitchGlyphs.Instance).Lay(report with { Blocks = [.. report.Blocks.Take(last + 1)] });
    }

    private static void Document(XmlWriter xml, ComposedReport report)
    {
        // The root through the XmlWriter, which declares the prefixes the raw markup inside uses.
        xml.WriteStartElement("w", "document", WordXml.Main);
        xml.WriteAttributeString("xmlns", "w", null, WordXml.Main);
        xml.WriteAttributeString("xmlns", "r", null, WordXml.Relationships);
        var w = new WordXml(xml);
        w.Start("body");
        var blocks = report.Blocks;

        var plan = PlannedTables(report);
        for (var i = 0; i < blocks.Count; i++)
        {
            var beforeClosing = i + 1 < blocks.Count && blocks[i + 1] is ClosingBlock;
            switch (blocks[i])
            {
                case TitleBlock title:
                    Title(w, title);
                    w.StyledParagraph(DocxStyles.Body);
                    break;
                case HeadingBlock heading:
                    w.Start("p");
                    w.StartParagraphProperties(HeadingStyle(heading.Level), keepNext: false);
                    AfterTable(w, blocks, i);
                    w.End();
                    w.Run(heading.Text);
                    w.End();
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(w, paragraph, keepWithNext: beforeClosing, blocks, i);
                    break;
                case TableBlock table:
                    DocxTables.Write(w, table, plan?.TableBreaks.GetValueOrDefault(table) ?? [],
                        plan?.LabelHeads.GetValueOrDefault(table) ?? new Dictionary<NationalFormat.TableCell, int>());
                    break;
                case ClosingBlock closing:
                    Closing(w, closing);
                    break;
            }
        }

        DocxPage.Section(w);
        w.End();
        w.Flush();
        xml.WriteEndElement();
    }

    /// <summary>
    /// The text after a table starts <see cref="PageLayout.SpaceAfterTablePt"/> under its bottom rule, as the PDF sets
    /// it: written out, so that the paragraph's own style does not decide it.
    /// </summary>
    private static void AfterTable(WordXml w, IReadOnlyList<ReportBlock> blocks, int index)
    {
        if (index > 0 && blocks[index - 1] is TableBlock)
        {
            w.Start("spacing");
            w.Attribute("before", Twips.FromPt(PageLayout.SpaceAfterTablePt).ToString(CultureInfo.InvariantCulture));
            w.End();
        }
    }

    /// <summary>
    /// A blank line, then each line of the signature at the indent <see cref="ClosingLayout"/> gave it, kept together
    /// and with the text before it (GB/T 9704: no page with the signature alone).
    /// </summary>
    private static void Closing(WordXml w, ClosingBlock closing)
    {
        w.StyledParagraph(DocxStyles.Body, keepNext: true);
        for (var i = 0; i < closing.Lines.Count; i++)
        {
            var line = closing.Lines[i];
            w.Start("p");
            w.StartParagraphProperties(DocxStyles.Closing, keepNext: i < closing.Lines.Count - 1);
            w.Start("ind");
            w.Attribute("left", ((int)Math.Round(line.IndentChars * Twips.CharacterPitch)).ToString(CultureInfo.InvariantCulture));
            w.Attribute("leftChars", ((int)Math.Round(line.IndentChars * 100)).ToString(CultureInfo.InvariantCulture));
            // Never wrapped: where a reader's digits are wider than Times New Roman's, the date may reach into the margin.
            w.Attribute("right", (-PageLayout.ClosingRightIndentChars * Twips.BodyChar).ToString(CultureInfo.InvariantCulture));
            w.Attribute("firstLine", "0");
            w.Attribute("firstLineChars", "0");
            w.End();
            w.End();
            TextRun(w, line.Text);
            w.End();
        }
    }

    private static void Title(WordXml w, TitleBlock title)
    {
        w.Start("p");
        w.StartParagraphProperties(DocxStyles.Title, keepNext: false);
        w.End();
        for (var i = 0; i < title.Lines.Count; i++)
        {
            w.Start("r");
            if (i > 0)
            {
                w.Empty("br");
            }

            w.Text(title.Lines[i]);
            w.End();
        }

        w.End();
    }

    private static void Paragraph(WordXml w, ParagraphBlock block, bool keepWithNext, IReadOnlyList<ReportBlock> blocks, int index)
    {
        w.Start("p");
        w.StartParagraphProperties(DocxStyles.Body, keepWithNext);
        AfterTable(w, blocks, index);
        w.End();
        if (block.LeadIn is not null)
        {
            w.Start("r");
            w.Start("rPr");
            w.Val("rStyle", block.LeadInLevel == 2 ? DocxStyles.LeadIn2 : DocxStyles.LeadIn3);
            w.End();
            w.Text(block.LeadIn);
            w.End();
        }

        TextRun(w, block.Text);
        w.End();
    }

    private static string HeadingStyle(int level) => level switch
    {
        1 => DocxStyles.Heading1,
        2 => DocxStyles.Heading2,
        _ => DocxStyles.Heading3,
    };

    /// <summary>
    /// A run of body text as it is: a phone number's hyphen (0851-86543210) is a plain one, after which Word, WPS and
    /// LibreOffice may break the line as the PDF does. No invisible joiner is added anywhere: offices copy this text
    /// into GBK web pages, where it would print as “?”.
    /// </summary>
    private static void TextRun(WordXml w, string text)
    {
        w.Start("r");
        w.Text(text);
        w.End();
    }
}
