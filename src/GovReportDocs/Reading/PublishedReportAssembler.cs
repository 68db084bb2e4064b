using GovReportDocs.Diagnostics;
using GovReportDocs.Files;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Reading.Structure;
using GovReportDocs.Reading.Tables;
using GovReportDocs.Validation;

namespace GovReportDocs.Reading;

/// <summary>
/// The last stage: a source's items → the parts and title (<see cref="StructureFinder"/>), the tables
/// (<see cref="TableMatcher"/>), glued rows settled (<see cref="GluedGuesses"/>), the model, and what reading itself found.
/// </summary>
internal static class PublishedReportAssembler
{
    /// <exception cref="ReportReadException">Nothing in the items looks like an annual report, or they hold two.</exception>
    public static PublishedReport Assemble(IReadOnlyList<SourceItem> items, string file, bool isPaged = false)
    {
        var notes = items.OfType<SourceNote>().ToList();
        var guesses = items.OfType<SourceGuess>().ToList();
        var headers = items.OfType<SourceHeader>().Select(h => h.Text).ToList();
        items = items.Where(i => i is not (SourceNote or SourceGuess or SourceHeader)).ToList();
        if (TwoReports.In(items) is { } twoReports)
        {
            throw new ReportReadException(file, $"无法读取：{twoReports}");
        }

        var parts = StructureFinder.Parts(items);
        var oldFormatParts = OldFormatParts.Of(items);
        // A fee part of its own ends the tables' stretch: its text is the report's, not table cells.
        var feePart = FeePart.Of(items, parts);
        items = TableRegion.CellsBetweenTables(items, parts, feePart?.Index);
        var tables = TableMatcher.Match(items);
        var title = StructureFinder.Title(items);
        if (parts.Count == 0 && tables.Found.Count == 0 && title is null && oldFormatParts.Count == 0)
        {
            throw new ReportReadException(file, "无法读取：没有找到年度报告的标题、六个部分的标题或统计表，不是政府信息公开工作年度报告");
        }

        // The text is searched for agency and year only when the title does not give both.
        var (textAgency, textYear) = title is { Year: not null } ? (null, null) : StructureFinder.FromText(items);
        var agency = title?.Agency ?? textAgency ?? "";
        var year = title?.Year ?? textYear ?? 0;
        var diagnostics = new List<Diagnostic>();
        var titleLocation = new SourceLocation(file, title?.Line ?? 1, 1);
        if (agency.Length == 0)
        {
            diagnostics.Add(new Diagnostic(RuleIds.R9, Severity.Warning, "未能读出机关名称：未找到标题，正文中也未能识别") { Source = titleLocation });
        }

        if (year == 0)
        {
            // Never a year of 0 in any message: the rules that quote the year stay silent without one.
            var where = title is null ? "未找到标题" : "标题中没有报告年度";
            diagnostics.Add(new Diagnostic(RuleIds.R10, Severity.Error, $"未能读出报告年度：{where}，统计期限、落款和正文中也未找到") { Source = titleLocation });
        }

        diagnostics.AddRange(notes.Select(n => new Diagnostic(RuleIds.R1, Severity.Error, n.Text) { Source = new SourceLocation(file, n.Line, 1) }));
        diagnostics.AddRange(tables.Variants.Select(v => new Diagnostic(RuleIds.R9, Severity.Warning, $"表中“{v.Label}”一行印作“{v.Printed}”，已按“{v.Label}”读取")
        {
            Source = new SourceLocation(file, v.Line, 1),
        }));
        // A saved page printed whole: what stands before a title found after the site's navigation is not the report's.
        var paragraphs = items.OfType<SourceParagraph>().ToList();
        var titleAt = title is { } found ? paragraphs.FindIndex(p => p.Line == found.Line) : -1;
        paragraphs = titleAt >= ReadingThresholds.TitleParagraphs ? paragraphs[titleAt..] : paragraphs;
        var texts = paragraphs.Select(p => p.Text).ToList();
        var (values, guessed) = GluedGuesses.Settle(tables.Values, guesses, texts);
        diagnostics.AddRange(guessed.Select(g => new Diagnostic(RuleIds.R1, Severity.Warning, g.Row.GuessNote) { Source = new SourceLocation(file, g.Line, 1) }));
        var sheet = StatisticsSheet.FromValues(values);
        var partTexts = PartTexts.Of(items, parts, title?.Line);
        var report = ModelFrom(agency, year, sheet) with
        {
            Preamble = partTexts.GetValueOrDefault(0),
            Overview = OverviewAspects.Split(partTexts.GetValueOrDefault(1)),
        };
        return new PublishedReport(file, report, sheet)
        {
            IsPaged = isPaged,
            Lines = tables.Lines,
            Structure = new PrintedStructure(file)
            {
                Parts = parts,
                TablesFound = tables.Found,
                OldFormatSigns = tables.OldFormatSigns,
                OldFormatParts = oldFormatParts,
                PartTexts = partTexts,
                FeePart = feePart,
            },
            Texts = texts,
            Headers = headers,
            TextLines = paragraphs.Select(p => p.Line).ToList(),
            TitleLine = title?.Line,
            ReadingDiagnostics = diagnostics,
        };
    }

    /// <summary>The model of what was printed: a number missing, negative or beyond any real office's counts as 0.</summary>
    private static AnnualReport ModelFrom(string agency, int year, StatisticsSheet sheet)
    {
        int Count(Datum d) => sheet[d] is { } v && v >= 0 && v <= Limits.MaxCount ? (int)v : 0;
        ApplicantCounts Row(ApplicationRow row) => ApplicantCounts.FromValues(
            ApplicantCounts.ApplicantColumns.Select(c => Count(new ApplicationDatum(row, c))).ToArray());
        ReviewOutcomes Group(ReviewGroup group) => ReviewLabels.Build(outcome => Count(new ReviewDatum(group, outcome)));

        var fees = sheet[ProactiveItem.FeesTenThousandYuan] is { } f && f >= 0 && f <= Limits.MaxAmount ? f : 0m;
        return new AnnualReport(agency, year, AgencyKinds.Guess(agency),
            ProactiveItems.Build(item => item == ProactiveItem.FeesTenThousandYuan ? fees : Count(new ProactiveDatum(item))),
            ApplicationStatistics.FromRows(ApplicationStatistics.EnteredRows.ToDictionary(r => r, Row)),
            new ReviewAndLitigation(Group(ReviewGroup.Review), Group(ReviewGroup.LitigationDirect), Group(ReviewGroup.LitigationAfterReview)));
    }
}
