namespace GovReportDocs.Summary;

/// <summary>
/// Every file of a region grouped by year and office: what could not be read or placed, and each year's offices.
/// Built once; the page, the workbook and the JSON only draw it.
/// </summary>
internal sealed class RegionModel
{
    private RegionModel(IReadOnlyList<SummaryReport> notPlaced, IReadOnlyList<RegionYear> years)
    {
        NotPlaced = notPlaced;
        Years = years;
    }

    /// <summary>Files not read, or read without an agency or a year, in file order: listed first, so nothing is left out silently.</summary>
    public IReadOnlyList<SummaryReport> NotPlaced { get; }

    /// <summary>The years, latest first.</summary>
    public IReadOnlyList<RegionYear> Years { get; }

    /// <summary>Offices with reports of two or more years, by name, each with its years in order.</summary>
    public IReadOnlyList<(string Agency, IReadOnlyList<OfficeYear> Years)> MultiYear =>
    [
        .. Years.SelectMany(y => y.Offices).GroupBy(o => o.Agency, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<OfficeYear>)[.. g.OrderBy(o => o.Year)])),
    ];

    /// <summary>Groups the files; <paramref name="crossYear"/> checks an office's year against its year before.</summary>
    public static RegionModel Build(IReadOnlyList<SummaryReport> reports, Func<OfficeYear, OfficeYear, IReadOnlyList<LocatedFinding>> crossYear)
    {
        var notPlaced = reports.Where(r => r.NotPlacedBecause is not null).ToList();
        var offices = reports.Where(r => r.NotPlacedBecause is null)
            .GroupBy(r => (Agency: r.Agency!, Year: r.Year!.Value))
            .Select(g =>
            {
                var ranked = g.OrderBy(r => r.Status).ThenBy(r => r.Findings.Count).ThenBy(r => r.File, StringComparer.Ordinal).ToList();
                return new OfficeYear(g.Key.Agency, g.Key.Year, ranked[0], [.. ranked.Skip(1).OrderBy(r => r.File, StringComparer.Ordinal)]);
            })
            .ToDictionary(o => (o.Agency, o.Year));

        foreach (var key in offices.Keys.ToList())
        {
            if (offices.TryGetValue((key.Agency, key.Year - 1), out var before))
            {
                offices[key] = offices[key] with { CrossYear = crossYear(offices[key], before), HasPreviousYear = true };
            }
        }

        var years = offices.Values.GroupBy(o => o.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new RegionYear(g.Key, [.. g.OrderBy(o => o.Agency, StringComparer.Ordinal)]))
            .ToList();
        return new RegionModel(notPlaced, years);
    }
}
