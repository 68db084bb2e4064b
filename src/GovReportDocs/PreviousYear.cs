using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Validation;

namespace GovReportDocs;

/// <summary>
/// Last year's report, from its input file or as published, for the cross-year checks (R6, R15, R16) and to start
/// next year's report from it.
/// </summary>
public sealed class PreviousYear
{
    internal PreviousYear(string file, AnnualReport report, StatisticsSheet sheet, PrintedStructure? structure)
    {
        File = file;
        Report = report;
        Sheet = sheet;
        Structure = structure;
    }

    /// <summary>The file it was read from.</summary>
    public string File { get; }

    /// <summary>The report (numbers missing from a published report count as 0 here).</summary>
    public AnnualReport Report { get; }

    /// <summary>Its numbers as given: what was missing stays missing, so R6 compares only what is known.</summary>
    internal StatisticsSheet Sheet { get; }

    /// <summary>Its printed structure and text, for R15; null for an input file.</summary>
    internal PrintedStructure? Structure { get; }

    /// <summary>Last year's report as it was published and read.</summary>
    public static PreviousYear FromPublished(Reading.PublishedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new PreviousYear(report.File, report.Report, report.Sheet, report.Structure);
    }

    /// <summary>Last year as a model built in code.</summary>
    public static PreviousYear FromReport(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new PreviousYear("(code)", report, StatisticsSheet.FromReport(report), null);
    }
}
