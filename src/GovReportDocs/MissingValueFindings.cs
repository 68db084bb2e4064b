using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Reading;
using GovReportDocs.Validation;

namespace GovReportDocs;

/// <summary>
/// The numbers a published report lacks, told as a reviewer would tell them: a table cut off by the copy is one
/// finding (表三在“…”行之后中断), a row without numbers one finding, a column without numbers one finding; only
/// what is left is told cell by cell. Each is located at the line of the nearest number read in its table.
/// `check` and `import` both tell them so, each in its own words (<see cref="MissingValueWording"/>).
/// </summary>
internal static class MissingValueFindings
{
    /// <summary>The least cells of one column missing that are told as one finding.</summary>
    private const int ColumnAtLeast = 3;

    /// <summary>A check's findings with its missing values (<see cref="FindingKind.MissingValue"/>) grouped; the others as they are.</summary>
    public static IEnumerable<Diagnostic> Group(PublishedReport report, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Where(d => !IsMissing(d)))
        {
            yield return diagnostic;
        }

        foreach (var finding in Tell(report, diagnostics.Where(IsMissing), MissingValueWording.Check))
        {
            yield return finding;
        }
    }

    /// <summary>One finding per missing cell (each with its <see cref="Diagnostic.Datum"/>), told grouped in the given words.</summary>
    public static IEnumerable<Diagnostic> Tell(PublishedReport report, IEnumerable<Diagnostic> missingCells, MissingValueWording wording)
    {
        var missing = missingCells.ToList();
        foreach (var table in ReportTables.All)
        {
            var order = table.DatumCells.OrderBy(c => c.Row).ThenBy(c => c.Column).Select(c => c.Datum!).ToList();
            var lacking = missing.Where(d => d.Datum!.Table == table.Name).ToDictionary(d => d.Datum!);
            if (lacking.Count == 0)
            {
                continue;
            }

            foreach (var finding in Told(report, table, order, lacking, wording))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<Diagnostic> Told(
        PublishedReport report, TableDescription table, List<Datum> order, Dictionary<Datum, Diagnostic> lacking, MissingValueWording wording)
    {
        if (lacking.Count == order.Count)
        {
            yield return new Diagnostic(RuleIds.R1, wording.Severity, $"{table.Name}的{order.Count}项数值全部缺失{wording.AfterAllMissing}")
            {
                Kind = FindingKind.MissingValue,
                Datum = order[0],
                Source = Near(report, order, 0),
            };
            yield break;
        }

        // Cut off: every number from some row on is missing, over more than one row.
        var firstOfTail = order.Count;
        while (firstOfTail > 0 && lacking.ContainsKey(order[firstOfTail - 1]))
        {
            firstOfTail--;
        }

        if (firstOfTail > 0 && firstOfTail < order.Count && order.Skip(firstOfTail).Select(d => d.RowLabel).Distinct().Count() > 1
            && order[firstOfTail - 1].RowLabel != order[firstOfTail].RowLabel)
        {
            var last = order[firstOfTail - 1];
            yield return new Diagnostic(RuleIds.R1, wording.Severity,
                $"{table.Name}在“{last.RowLabel}”行之后中断：其后{order.Count - firstOfTail}项数值缺失{wording.AfterCutOff}")
            {
                Kind = FindingKind.MissingValue,
                Datum = order[firstOfTail],
                Source = Near(report, order, firstOfTail),
            };
            foreach (var datum in order.Skip(firstOfTail))
            {
                lacking.Remove(datum);
            }
        }

        foreach (var row in order.Where(lacking.ContainsKey).GroupBy(d => d.RowLabel).ToList())
        {
            var cells = order.Where(d => d.RowLabel == row.Key).ToList();
            if (cells.Count > 1 && cells.All(lacking.ContainsKey))
            {
                yield return new Diagnostic(RuleIds.R1, wording.Severity, $"{table.Name}“{row.Key}”行缺少数值（{cells.Count}项）{wording.AfterGroup}")
                {
                    Kind = FindingKind.MissingValue,
                    Datum = cells[0],
                    Source = Near(report, order, order.IndexOf(cells[0])),
                };
                cells.ForEach(d => lacking.Remove(d));
            }
        }

        foreach (var column in order.Where(lacking.ContainsKey).GroupBy(d => d.ColumnLabel).ToList())
        {
            var cells = column.ToList();
            if (cells.Count >= ColumnAtLeast)
            {
                yield return new Diagnostic(RuleIds.R1, wording.Severity, $"{table.Name}“{column.Key}”列有{cells.Count}行缺少数值{wording.AfterGroup}")
                {
                    Kind = FindingKind.MissingValue,
                    Datum = cells[0],
                    Source = Near(report, order, order.IndexOf(cells[0])),
                };
                cells.ForEach(d => lacking.Remove(d));
            }
        }

        foreach (var datum in order.Where(lacking.ContainsKey))
        {
            yield return lacking[datum] with { Source = Near(report, order, order.IndexOf(datum)) };
        }
    }

    private static bool IsMissing(Diagnostic diagnostic) => diagnostic is { Kind: FindingKind.MissingValue, Datum: not null };

    /// <summary>The line of the number read nearest before (else after) the given one in its table; the file's start if none.</summary>
    private static SourceLocation Near(PublishedReport report, List<Datum> order, int index)
    {
        for (var i = index; i >= 0; i--)
        {
            if (report.Locate(order[i]) is { } before)
            {
                return before;
            }
        }

        // No number of the table was read: its part's title (表二 is part 二's table…).
        var part = report.Structure.Part(ReportTables.All.ToList().FindIndex(t => t.Name == order[0].Table) + 2);
        return order.Skip(index).Select(report.Locate).FirstOrDefault(l => l is not null)
               ?? (part is not null ? report.At(part.Line) : new SourceLocation(report.File, 1, 1));
    }
}
