// Fills the circulated Word template (Reading/Data/blank-template-as-circulated.docx) with one published report, as an
// office fills it by hand: the numbers read from the report go into the template's own table cells, found by walking
// our table descriptions (NationalFormat/ReportTables), and the parts' text into its "（文字描述）" paragraphs. The
// template's layout, fonts and part titles are kept; a number the report does not print stays blank.
//
//     dotnet run fill-template.cs -- REPORT TEMPLATE.docx OUT.docx
//
// Used by make-forms.sh; see ../forms/README.md.
#:project ../../../../../src/GovReportDocs/GovReportDocs.csproj
#:property TargetFramework=net10.0

using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GovReportDocs;
using GovReportDocs.NationalFormat;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: fill-template.cs REPORT TEMPLATE.docx OUT.docx");
    return 2;
}

var published = GovReport.ReadPublished(args[0]);
var imported = GovReport.Import(published);
File.Copy(args[1], args[2], overwrite: true);
using (var zip = ZipFile.Open(args[2], ZipArchiveMode.Update))
{
    var entry = zip.GetEntry("word/document.xml")!;
    XDocument document;
    using (var stream = entry.Open())
    {
        document = XDocument.Load(stream);
    }

    TemplateFiller.FillTables(document, published.Sheet);
    TemplateFiller.FillText(document, imported.Report, PartAppendix.Parse(imported.Appendix));
    entry.Delete();
    using var written = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
    document.Save(written, SaveOptions.DisableFormatting);
}

return 0;

/// <summary>What the template's paragraphs and table cells receive.</summary>
internal static class TemplateFiller
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    /// <summary>
    /// Each description row that holds numbers is the template row of the same index (the template is the format's
    /// own table); its label is checked, then its numbers go into the row's last cells in column order.
    /// </summary>
    public static void FillTables(XDocument document, StatisticsSheet sheet)
    {
        var tables = document.Descendants(W + "tbl").ToList();
        if (tables.Count != ReportTables.All.Count)
        {
            throw new InvalidOperationException($"template has {tables.Count} tables, the format {ReportTables.All.Count}");
        }

        foreach (var (description, table) in ReportTables.All.Zip(tables))
        {
            var rows = table.Elements(W + "tr").ToList();
            if (rows.Count != description.RowCount)
            {
                throw new InvalidOperationException($"{description.Name}: template has {rows.Count} rows, the format {description.RowCount}");
            }

            for (var r = description.HeaderRowCount; r < description.RowCount; r++)
            {
                var starting = description.CellsStartingOn(r).ToList();
                var data = starting.Where(c => c.Datum is not null).Select(c => c.Datum!).ToList();
                if (data.Count == 0)
                {
                    continue;
                }

                var cells = rows[r].Elements(W + "tc").ToList();
                if (starting.LastOrDefault(c => c.Label is not null)?.Label is { } label && !Squeeze(Text(rows[r])).Contains(Squeeze(label), StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{description.Name} row {r}: template prints “{Text(rows[r])}”, the format “{label}”");
                }

                foreach (var (datum, cell) in data.Zip(cells.TakeLast(data.Count)))
                {
                    if (sheet[datum] is { } value)
                    {
                        SetText(cell.Element(W + "p")!, value.ToString(CultureInfo.InvariantCulture));
                    }
                }
            }
        }
    }

    /// <summary>The title, the preamble under it, and the text of parts 一, 五 and 六 in place of “（文字描述）”.</summary>
    public static void FillText(XDocument document, GovReportDocs.Model.AnnualReport report, IReadOnlyDictionary<int, IReadOnlyList<string>> appendix)
    {
        var body = document.Root!.Element(W + "body")!;
        var paragraphs = body.Elements(W + "p").ToList();
        var title = paragraphs.Single(p => Text(p) == "政府信息公开工作年度报告格式模板");
        SetText(title, report.Title);
        var placeholders = paragraphs.Where(p => Text(p).StartsWith("（文字描述", StringComparison.Ordinal)).ToList();
        if (placeholders.Count != 3)
        {
            throw new InvalidOperationException($"template has {placeholders.Count} “（文字描述）” paragraphs, expected 3 (parts 一, 五, 六)");
        }

        var bodyText = placeholders[0];
        title.AddAfterSelf(Paragraphs(bodyText, Lines(report.Preamble)));

        var overview = Lines(report.Overview.Introduction).ToList();
        foreach (var (heading, text) in PartTitles().Zip(new[]
                 {
                     report.Overview.Proactive, report.Overview.OnRequest, report.Overview.Management, report.Overview.Platform,
                     report.Overview.Supervision,
                 }))
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                overview.Add(heading);
                overview.AddRange(Lines(text));
            }
        }

        Replace(placeholders[0], overview);
        Replace(placeholders[1], appendix.GetValueOrDefault(5) ?? []);
        Replace(placeholders[2], appendix.GetValueOrDefault(6) ?? []);

        // The signature only with its date: a signature without one is a finding (R13) the report may not deserve.
        if (report.PublishDate is not { } date)
        {
            return;
        }

        var signature = Paragraphs(bodyText, [report.Agency, $"{date.Year}年{date.Month}月{date.Day}日"]).ToList();
        foreach (var line in signature)
        {
            line.Element(W + "pPr")!.Element(W + "jc")!.SetAttributeValue(W + "val", "right");
        }

        body.Elements(W + "p").Last(p => Text(p).Length > 0).AddAfterSelf(signature);
    }

    // The five aspects of part 一 as the 2021 format titles them (NationalFormat's PartTitles is internal).
    private static string[] PartTitles() => ["（一）主动公开情况", "（二）依申请公开情况", "（三）政府信息管理情况", "（四）政府信息公开平台建设情况", "（五）监督保障情况"];

    private static void Replace(XElement placeholder, IReadOnlyList<string> lines)
    {
        placeholder.AddAfterSelf(Paragraphs(placeholder, lines));
        placeholder.Remove();
    }

    private static IEnumerable<XElement> Paragraphs(XElement model, IEnumerable<string> lines) => lines.Select(line =>
    {
        var paragraph = new XElement(model);
        paragraph.Attribute(W14 + "paraId")?.Remove();
        paragraph.Attribute(W14 + "textId")?.Remove();
        SetText(paragraph, line);
        return paragraph;
    });

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    /// <summary>Replaces a paragraph's runs by one run of the text, in the first run's format (else the paragraph mark's).</summary>
    private static void SetText(XElement paragraph, string text)
    {
        var format = paragraph.Elements(W + "r").Select(r => r.Element(W + "rPr")).FirstOrDefault(f => f is not null)
                     ?? paragraph.Element(W + "pPr")?.Element(W + "rPr");
        paragraph.Elements().Where(e => e.Name != W + "pPr").Remove();
        paragraph.Add(new XElement(W + "r", format is null ? null : new XElement(format),
            new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text)));
    }

    private static string Text(XElement element) => string.Concat(element.Descendants(W + "t").Select(t => t.Value));

    private static string Squeeze(string text) => Regex.Replace(text, @"\s", "").Replace('(', '（').Replace(')', '）');
}

/// <summary>
/// The original text of parts 五 and 六 as `import` keeps it for reference, after the input file:
/// `# 原报告“五、…”（供参考）：` followed by `#   line` lines.
/// </summary>
internal static class PartAppendix
{
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> Parse(string appendix)
    {
        var parts = new Dictionary<int, IReadOnlyList<string>>();
        List<string>? current = null;
        foreach (var line in appendix.Split('\n'))
        {
            var heading = Regex.Match(line, @"^# 原报告“([五六])、");
            if (heading.Success)
            {
                current = [];
                parts[heading.Groups[1].Value == "五" ? 5 : 6] = current;
            }
            else if (current is not null && line.StartsWith("#   ", StringComparison.Ordinal))
            {
                current.Add(line[4..].Trim());
            }
            else if (line.Trim().Length > 0)
            {
                current = null;
            }
        }

        return parts;
    }
}
