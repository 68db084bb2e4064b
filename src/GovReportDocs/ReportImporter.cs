using System.Globalization;
using System.Text;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Validation;

namespace GovReportDocs;

/// <summary>
/// Turns a published report into an input model: numbers it lacks become 0, with warnings grouped as check groups
/// them; its text becomes literal text (braces escaped, so nothing published can act as a template); parts 五 and 六
/// follow as comments.
/// </summary>
internal static partial class ReportImporter
{
    public static ImportedReport Import(PublishedReport published)
    {
        var structure = published.Structure;
        var missingCells = StatisticsSheet.AllData
            .Where(d => published.Sheet[d] is null && structure.TablesFound.Any(t => t.Name == d.Table))
            .Select(d => Diagnostic.Warning(RuleIds.R1, $"{d.Describe()}在原报告中缺失，已按0写入，请核对", d) with { Kind = FindingKind.MissingValue });
        // Told as check tells them (a table cut off is one warning, not seventy), each at a line of its table.
        var notes = MissingValueFindings.Tell(published, missingCells, MissingValueWording.Import).ToList();
        // Numbers the reader split by a guess are written as guessed: the reader's warning says which to check.
        notes.AddRange(published.ReadingDiagnostics.Where(d => d.Rule == RuleIds.R1 && d.Severity == Severity.Warning)
            .Select(d => d.Source is { } source ? d with { Source = PublishedReportChecker.OnPage(published, source) } : d));
        foreach (var table in ReportTables.All.Where(t => !structure.TablesFound.Contains(t)))
        {
            // Placed where the table should have been: under its part's title.
            notes.Add(Diagnostic.Warning(RuleIds.R9, $"原报告中没有{table.Name}，已按全部为0写入，请核对") with
            {
                Source = structure.PartOf(table) is { } part ? published.At(part.Line) : new SourceLocation(published.File, 1, 1),
            });
        }

        var (report, details) = ImportedDetails.Add(published, published.Report);
        notes.AddRange(details);
        if (CollectedFee(published) is { } fee)
        {
            report = report with
            {
                OtherMatters = report.OtherMatters with { Fees = new ProcessingFees(Math.Max(1, fee.Notices), Math.Max(fee.Yuan, fee.NoticedYuan), fee.Yuan) },
            };
            notes.Add(Diagnostic.Warning(RuleIds.R8, $"原报告写明收取信息处理费{fee.Yuan}元，已写入；收费通知件数和金额请核对") with
            {
                Source = published.Locate(fee.Quote) ?? new SourceLocation(published.File, 1, 1),
            });
        }

        // The input file takes 4 decimals of 万元 (1 元); a published amount with more is said, never rounded silently.
        if (report.Proactive.FeesTenThousandYuan is var amount && amount != decimal.Round(amount, 4))
        {
            var rounded = decimal.Round(amount, 4, MidpointRounding.AwayFromZero);
            var datum = new ProactiveDatum(ProactiveItem.FeesTenThousandYuan);
            report = report with { Proactive = report.Proactive with { FeesTenThousandYuan = rounded } };
            notes.Add(Diagnostic.Warning(RuleIds.R1,
                $"表二“行政事业性收费”原报告印作{amount.ToString(CultureInfo.InvariantCulture)}万元，输入文件最多4位小数，已按{rounded.ToString(CultureInfo.InvariantCulture)}万元写入，请核对", datum) with
            {
                Source = published.Locate(datum) ?? new SourceLocation(published.File, 1, 1),
            });
        }

        var feePart = FeePartCarried(published);
        if (feePart is not null)
        {
            notes.Add(Diagnostic.Info(RuleIds.R8, $"原报告把信息处理费收取情况单列为“{feePart.Title}”，格式中应在“{PartTitles.OtherMatters}”中说明，已移入该部分（供参考），请核对") with
            {
                Source = published.At(feePart.Line),
            });
        }

        foreach (var field in NarrativeFields.All)
        {
            report = field.Set(report, Literal(field.Get(report)));
        }

        return new ImportedReport(report, notes, Appendix(published, feePart));
    }

    /// <summary>The 信息处理费 the text says was collected (`收取信息处理费3940元`), with the notices it names, or null.</summary>
    internal static (decimal Yuan, int Notices, decimal NoticedYuan, string Quote)? CollectedFee(PublishedReport published)
    {
        foreach (var text in published.Texts)
        {
            if (FeeCollected().Match(text) is { Success: true } collected
                && decimal.TryParse(collected.Groups["yuan"].Value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var yuan)
                && yuan > 0 && yuan <= Limits.MaxAmount)
            {
                var notices = FeeNotices().Match(text) is { Success: true } n && int.TryParse(n.Groups["count"].Value, out var count) ? count : 0;
                var noticed = FeeNoticed().Match(text) is { Success: true } a
                              && decimal.TryParse(a.Groups["yuan"].Value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var amount)
                    ? amount
                    : 0m;
                return (yuan, notices, noticed, collected.Value);
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!未|不|无)收取(了)?(政府)?信息处理费(共计|合计|共)?(?<yuan>\d{1,9}(\.\d{1,2})?)元")]
    private static partial System.Text.RegularExpressions.Regex FeeCollected();

    [System.Text.RegularExpressions.GeneratedRegex(@"(发出|下发|送达|出具)(了)?(收费|缴费)通知(书)?(?<count>\d{1,6})(件|份|次)")]
    private static partial System.Text.RegularExpressions.Regex FeeNotices();

    [System.Text.RegularExpressions.GeneratedRegex(@"通知(收取|缴纳)(金额)?(?<yuan>\d{1,9}(\.\d{1,2})?)元")]
    private static partial System.Text.RegularExpressions.Regex FeeNoticed();

    /// <summary>Published text is literal: <c>{{</c> in it is written as <c>\{{</c> so it is printed, not evaluated.</summary>
    private static string? Literal(string? text) => text?.Replace("{{", "\\{{", StringComparison.Ordinal);

    /// <summary>
    /// The fee statement printed as a part of its own before 六 (<see cref="Reading.Structure.FeePart"/>), when 六 does not
    /// state the fee itself: the 2021 format has the fee facts in 六, so import carries it there. Null otherwise.
    /// </summary>
    private static PrintedFeePart? FeePartCarried(PublishedReport published) =>
        published.Structure.FeePart is { } fee
        && !published.Structure.PartTexts.GetValueOrDefault(6, "").Contains(Reading.Structure.FeePart.Words, StringComparison.Ordinal)
            ? fee
            : null;

    /// <summary>
    /// Parts 五 and 六 as published, as comments: the contract has no free text for them. A fee part of its own goes
    /// first in 六, under its title without its part number.
    /// </summary>
    private static string Appendix(PublishedReport published, PrintedFeePart? feePart)
    {
        var text = new StringBuilder();
        var fee = feePart is null ? null : string.Join("\n", feePart.Text.Prepend(Reading.Structure.FeePart.Unnumbered(feePart.Title)));
        foreach (var (number, name) in new[] { (5, PartTitles.Problems), (6, PartTitles.OtherMatters) })
        {
            var printed = published.Structure.PartTexts.GetValueOrDefault(number);
            var part = number == 6 && fee is not null ? (printed is null ? fee : fee + "\n" + printed) : printed;
            if (part is not null)
            {
                text.Append("\n# 原报告“").Append(name).Append("”（供参考）：\n");
                foreach (var line in part.Split('\n'))
                {
                    text.Append("#   ").Append(line.Replace('\r', ' ')).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
