using GovReportDocs.Model;

namespace GovReportDocs.NationalFormat;

/// <summary>Table 4 as the 2021 format draws it: 15 grid columns, 3 header rows and one row of numbers.</summary>
internal static class ReviewTable
{
    private const int GroupWidth = 5;

    public static TableDescription Build()
    {
        var cells = new List<TableCell>
        {
            TableCell.Text(0, 0, ReviewLabels.Review, columnSpan: GroupWidth),
            TableCell.Text(0, GroupWidth, ReviewLabels.Litigation, columnSpan: 2 * GroupWidth),
            TableCell.Text(1, GroupWidth, ReviewLabels.LitigationDirect, columnSpan: GroupWidth),
            TableCell.Text(1, 2 * GroupWidth, ReviewLabels.LitigationAfterReview, columnSpan: GroupWidth),
        };
        foreach (var group in ReviewLabels.Groups)
        {
            foreach (var outcome in ReviewLabels.Outcomes)
            {
                var column = (int)group * GroupWidth + (int)outcome;
                var label = ReviewLabels.Outcome(outcome);
                cells.Add(group == ReviewGroup.Review
                    ? TableCell.Text(1, column, label, rowSpan: 2)
                    : TableCell.Text(2, column, label));
                cells.Add(TableCell.Number(3, column, new ReviewDatum(group, outcome)));
            }
        }

        return new TableDescription(TableNames.Review, 3 * GroupWidth, 4, headerRowCount: 3,
            Enumerable.Repeat(1.0, 3 * GroupWidth).ToArray(), cells);
    }
}
