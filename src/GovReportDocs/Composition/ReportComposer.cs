using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Narrative;

namespace GovReportDocs.Composition;

/// <summary>
/// Turns a report into the blocks of the printed document: the six parts in order, the narrative rendered
/// from the input text or the templates, the three tables. Stateless and thread-safe.
/// </summary>
internal static class ReportComposer
{
    /// <summary>Full-width characters on one title line: 156 mm at 22 pt.</summary>
    public const double TitleLineEms = 20;

    /// <summary>Composes a report with the given templates (the embedded ones when null).</summary>
    /// <exception cref="NarrativeException">A template or a text of the input cannot be rendered.</exception>
    public static ComposedReport Compose(AnnualReport report, NarrativeTemplates? templates = null)
    {
        templates ??= NarrativeTemplates.Default;
        var data = TemplateData.For(report);
        string Written(NarrativeField field) =>
            field.Get(report) is { } given ? NarrativeTemplates.RenderText(given, field.Key, data) : templates.Render(field.Template!, data);

        var title = templates.Render("title", data).Trim();
        var blocks = new List<ReportBlock> { new TitleBlock(TitleLines.Split(title, TitleLineEms)) };
        blocks.AddRange(NarrativeMarkup.Parse(Written(NarrativeFields.Preamble)));

        blocks.Add(Part(PartTitles.Overview));
        if (NarrativeFields.Introduction.Get(report) is { } introduction)
        {
            blocks.AddRange(NarrativeMarkup.Parse(NarrativeTemplates.RenderText(introduction, NarrativeFields.Introduction.Key, data)));
        }

        foreach (var aspect in NarrativeFields.OverviewAspects)
        {
            blocks.AddRange(UnderHeading(aspect.Heading!, Written(aspect)));
        }

        var sheet = StatisticsSheet.FromReport(report);
        blocks.Add(Part(PartTitles.Proactive));
        blocks.Add(new TableBlock(ReportTables.Proactive, sheet));
        blocks.Add(Part(PartTitles.Applications));
        blocks.Add(new TableBlock(ReportTables.Applications, sheet));
        blocks.Add(Part(PartTitles.Review));
        blocks.Add(new TableBlock(ReportTables.Review, sheet));

        blocks.Add(Part(PartTitles.Problems));
        blocks.AddRange(NarrativeMarkup.Parse(templates.Render("problems", data)));

        blocks.Add(Part(PartTitles.OtherMatters));
        blocks.AddRange(OtherMatters(report, templates, data));

        var closing = templates.Render("closing", data).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (closing.Count == 1 && report.PublishDate is null)
        {
            // A 成文日期 is required: leave the office the place to write it (R11 warns that it is missing).
            closing.Add(ClosingLayout.DatePlaceholder);
        }

        if (closing.Count > 0)
        {
            blocks.Add(ClosingLayout.Place(closing));
        }

        return new ComposedReport(report, string.Concat(((TitleBlock)blocks[0]).Lines), blocks);
    }

    private static HeadingBlock Part(string title) => new(1, title, IsPart: true);

    /// <summary>An aspect's text under its heading, unless the text opens with a （一）-level heading of its own.</summary>
    private static IEnumerable<ReportBlock> UnderHeading(string heading, string text)
    {
        var blocks = NarrativeMarkup.Parse(text);
        var ownHeading = blocks.Count > 0 && blocks[0] is HeadingBlock { Level: 2 } or ParagraphBlock { LeadInLevel: 2 };
        return ownHeading ? blocks : [new HeadingBlock(2, heading), .. blocks];
    }

    /// <summary>六: the fee statement alone, or every item present under its heading.</summary>
    private static IEnumerable<ReportBlock> OtherMatters(AnnualReport report, NarrativeTemplates templates, IReadOnlyDictionary<string, object> data)
    {
        var fees = templates.Render("fees", data);
        var given = NarrativeFields.OtherMatters.Where(f => !string.IsNullOrWhiteSpace(f.Get(report))).ToList();
        if (given.Count == 0)
        {
            return NarrativeMarkup.Parse(fees);
        }

        var blocks = new List<ReportBlock> { new HeadingBlock(2, PartTitles.OtherMattersItems[0]) };
        blocks.AddRange(NarrativeMarkup.Parse(fees));
        foreach (var field in given)
        {
            blocks.Add(new HeadingBlock(2, field.Heading!));
            blocks.AddRange(NarrativeMarkup.Parse(NarrativeTemplates.RenderText(field.Get(report)!, field.Key, data)));
        }

        return blocks;
    }
}
