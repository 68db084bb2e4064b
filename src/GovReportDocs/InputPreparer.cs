using GovReportDocs.Composition;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Input;
using GovReportDocs.Model;
using GovReportDocs.Narrative;
using GovReportDocs.Validation;

namespace GovReportDocs;

/// <summary>
/// Everything wrong with an input, in one pass: what reading found, last year's report if it could not be read,
/// template errors, and every rule of the catalogue that applies to input files (R6, R15 and R16 with last year's; R7
/// on the text as it will be printed). The text is composed once, both to check R7 and to be rendered.
/// </summary>
internal static class InputPreparer
{
    public static ReportDocument Prepare(LoadedInput input, ReportOptions options)
    {
        if (input.Report is not { } report || input.Sheet is not { } sheet)
        {
            return new ReportDocument(input.File, null, input.Diagnostics, input.IsUnreadable, null, null);
        }

        var (previous, previousFindings) = PreviousYearLoader.ForInput(input, options.Files);
        var (composed, findings) = Check(report, sheet, previous, options, input.Locate, input.File);
        var all = input.Diagnostics.Concat(AgencyFindings(report.Agency, input.Locate)).Concat(previousFindings).Concat(findings)
            .OrderBy(d => d.Severity).ToList();
        return new ReportDocument(input.File, report, all, false, composed, previous) { Sheet = sheet, BlankFields = input.BlankFields };
    }

    public static ReportDocument Prepare(AnnualReport report, PreviousYear? previous, ReportOptions options)
    {
        var findings = new List<Diagnostic>();
        if (string.IsNullOrWhiteSpace(report.Agency))
        {
            findings.Add(new Diagnostic(RuleIds.Input, Severity.Error, "机关全称（agency）不能为空") { Field = "agency" });
        }
        else
        {
            findings.AddRange(AgencyFindings(report.Agency, _ => null));
        }

        var (composed, ruleFindings) = Check(report, StatisticsSheet.FromReport(report), previous, options, _ => null, "(code)");
        findings.AddRange(ruleFindings);
        return new ReportDocument("(code)", report, [.. findings.OrderBy(d => d.Severity)], false, composed, previous);
    }

    private static (ComposedReport? Composed, IReadOnlyList<Diagnostic> Findings) Check(AnnualReport report, StatisticsSheet sheet,
        PreviousYear? previous, ReportOptions options, Func<Diagnostic, SourceLocation?> locate, string file)
    {
        var findings = new List<Diagnostic>();
        ComposedReport? composed = null;
        try
        {
            composed = ReportComposer.Compose(report, options.Templates);
        }
        catch (NarrativeException e)
        {
            findings.Add(NarrativeFinding(e, locate, file));
        }

        var context = new ValidationContext(report, sheet)
        {
            PreviousReport = previous?.Report,
            PreviousSheet = previous?.Sheet,
            PreviousPrinted = previous?.Structure,
            Texts = composed?.Texts.ToList() ?? [],
            StockPhrases = StockPhrases.Of(options.Templates),
        };
        findings.AddRange(ReportValidator.Validate(context, RuleCatalogue.Input).Diagnostics
            .Select(d => d.Source is not null ? d : d with { Source = locate(d) }));
        return (composed, findings);
    }

    /// <summary>The one rule for 机关全称 (<see cref="AgencyName"/>), so validate refuses what render would.</summary>
    private static IEnumerable<Diagnostic> AgencyFindings(string agency, Func<Diagnostic, SourceLocation?> locate)
    {
        if (string.IsNullOrEmpty(agency) || AgencyName.Problem(agency) is not { } problem)
        {
            yield break;
        }

        var finding = new Diagnostic(RuleIds.Input, Severity.Error, problem) { Field = "agency" };
        yield return finding with { Source = locate(finding) };
    }

    /// <summary>A text of the input names an unknown variable or uses a block, or a template file is broken.</summary>
    private static Diagnostic NarrativeFinding(NarrativeException e, Func<Diagnostic, SourceLocation?> locate, string file)
    {
        var isTemplateFile = e.Where.EndsWith(".hbs", StringComparison.Ordinal);
        var finding = new Diagnostic(RuleIds.Input, Severity.Error, e.Message) { Field = isTemplateFile ? null : e.Where };
        var source = isTemplateFile
            ? new SourceLocation(e.Where, e.Line ?? 1, 1)
            : locate(finding) ?? new SourceLocation(file, 1, 1, e.Where);
        var line = !isTemplateFile && e.Line is { } l ? $"（该文本第{l}行）" : "";
        return finding with { Message = e.Message + line, Source = source };
    }
}
