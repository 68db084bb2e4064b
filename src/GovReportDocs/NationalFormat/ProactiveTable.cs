namespace GovReportDocs.NationalFormat;

/// <summary>Table 2 as the 2021 format draws it: 4 grid columns, 14 rows.</summary>
internal static class ProactiveTable
{
    public static TableDescription Build()
    {
        const int width = 4;
        var cells = new List<TableCell>();
        var row = 0;

        void Section(string heading) => cells.Add(TableCell.Text(row++, 0, heading, columnSpan: width));

        void DecisionBlock(string header, params (string Label, ProactiveItem Item)[] rows)
        {
            cells.Add(TableCell.Text(row, 0, ProactiveLabels.ContentHeader));
            cells.Add(TableCell.Text(row++, 1, header, columnSpan: width - 1));
            foreach (var (label, item) in rows)
            {
                cells.Add(TableCell.Text(row, 0, label));
                cells.Add(TableCell.Number(row++, 1, new ProactiveDatum(item), columnSpan: width - 1));
            }
        }

        Section(ProactiveLabels.Article20Item1);
        cells.Add(TableCell.Text(row, 0, ProactiveLabels.ContentHeader));
        cells.Add(TableCell.Text(row, 1, ProactiveLabels.Issued));
        cells.Add(TableCell.Text(row, 2, ProactiveLabels.Repealed));
        cells.Add(TableCell.Text(row++, 3, ProactiveLabels.InForce));
        foreach (var (label, items) in new[]
                 {
                     (ProactiveLabels.Rules, new[] { ProactiveItem.RulesIssued, ProactiveItem.RulesRepealed, ProactiveItem.RulesInForce }),
                     (ProactiveLabels.NormativeDocuments,
                         new[] { ProactiveItem.NormativeIssued, ProactiveItem.NormativeRepealed, ProactiveItem.NormativeInForce }),
                 })
        {
            cells.Add(TableCell.Text(row, 0, label));
            for (var i = 0; i < items.Length; i++)
            {
                cells.Add(TableCell.Number(row, 1 + i, new ProactiveDatum(items[i])));
            }

            row++;
        }

        Section(ProactiveLabels.Article20Item5);
        DecisionBlock(ProactiveLabels.Decisions, (ProactiveLabels.Licensing, ProactiveItem.Licensing));
        Section(ProactiveLabels.Article20Item6);
        DecisionBlock(ProactiveLabels.Decisions,
            (ProactiveLabels.Punishment, ProactiveItem.Punishment), (ProactiveLabels.Enforcement, ProactiveItem.Enforcement));
        Section(ProactiveLabels.Article20Item8);
        DecisionBlock(ProactiveLabels.FeeAmount, (ProactiveLabels.Fees, ProactiveItem.FeesTenThousandYuan));

        return new TableDescription(TableNames.Proactive, width, row, headerRowCount: 0, [1, 1, 1, 1], cells);
    }
}
