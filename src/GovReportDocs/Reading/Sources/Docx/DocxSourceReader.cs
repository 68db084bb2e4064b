using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Sources.Docx;

/// <summary>
/// .docx: body paragraphs become paragraphs, table cells become cells in reading order; a cell that continues
/// a vertical merge is left out (its text is at the merge's start), a gridSpan cell appears once. "Line" is
/// the paragraph's or table row's position in the body, counted from 1. The package is checked for zip bombs
/// before it is opened.
/// </summary>
internal static class DocxSourceReader
{
    public static IReadOnlyList<SourceItem> Read(Stream stream)
    {
        CheckPackage(stream);
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false, new OpenSettings
        {
            MaxCharactersInPart = ReadingLimits.MaxDocxUnpackedBytes,
        });
        var body = document.MainDocumentPart?.Document?.Body
                   ?? throw new RefusedContentException("没有正文（word/document.xml）");
        var items = new List<SourceItem>();
        var position = 0;
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    position++;
                    var text = TextOf(paragraph).Trim();
                    if (text.Length > 0)
                    {
                        items.Add(new SourceParagraph(text, position));
                    }

                    break;
                case Table table:
                    foreach (var row in table.Descendants<TableRow>())
                    {
                        position++;
                        foreach (var cell in row.Elements<TableCell>())
                        {
                            var merge = cell.TableCellProperties?.VerticalMerge;
                            if (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue))
                            {
                                continue;
                            }

                            var cellText = string.Join("", cell.Elements<Paragraph>().Select(TextOf)).Trim();
                            items.Add(new SourceCell(cellText, position, IsBlank: cellText.Length == 0));
                        }
                    }

                    break;
            }
        }

        return items;
    }

    /// <summary>A paragraph's text with its non-breaking hyphens (Word's Ctrl+Shift+-, our phone numbers), which InnerText drops.</summary>
    private static string TextOf(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text text => text.Text,
            NoBreakHyphen => "-",
            _ => "",
        }));

    /// <summary>Refuses packages that would unpack to far more than any report.</summary>
    private static void CheckPackage(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > ReadingLimits.MaxDocxEntries)
        {
            throw new RefusedContentException($"压缩包内文件过多（{zip.Entries.Count}个）");
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.CompressedLength > 0 && (double)entry.Length / entry.CompressedLength > ReadingLimits.MaxCompressionRatio && entry.Length > 1024 * 1024)
            {
                throw new RefusedContentException($"“{entry.FullName}”的压缩比异常（{entry.Length}/{entry.CompressedLength}），疑似压缩炸弹");
            }
        }

        if (total > ReadingLimits.MaxDocxUnpackedBytes)
        {
            throw new RefusedContentException($"解压后过大（{total}字节），疑似压缩炸弹");
        }

        var xml = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).Sum(e => e.Length);
        if (xml > ReadingLimits.MaxDocxXmlBytes)
        {
            throw new RefusedContentException($"文档内容（XML）解压后达{xml / (1024 * 1024)} MB，超过{ReadingLimits.MaxDocxXmlBytes / (1024 * 1024)} MB 的上限；年度报告的正文远小于此");
        }

        if (zip.GetEntry("word/document.xml") is { } body)
        {
            CheckNesting(body);
        }
    }

    /// <summary>Refuses a body nested deeper than any report (tables in tables…) before the SDK walks it recursively.</summary>
    private static void CheckNesting(ZipArchiveEntry body)
    {
        using var stream = body.Open();
        using var reader = System.Xml.XmlReader.Create(stream, new System.Xml.XmlReaderSettings
        {
            DtdProcessing = System.Xml.DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = true,
            IgnoreComments = true,
        });
        while (reader.Read())
        {
            if (reader.NodeType == System.Xml.XmlNodeType.Element && reader.Depth > ReadingLimits.MaxNesting)
            {
                throw new RefusedContentException($"正文元素嵌套超过{ReadingLimits.MaxNesting}层（如表格套表格），不是年度报告");
            }
        }
    }
}
