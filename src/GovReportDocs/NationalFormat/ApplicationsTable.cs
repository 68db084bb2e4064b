using GovReportDocs.Model;

namespace GovReportDocs.NationalFormat;

/// <summary>Table 3 as the 2021 format draws it: 10 grid columns, 3 header rows and 25 body rows.</summary>
internal static class ApplicationsTable
{
    private const int HeaderRows = 3;
    private const int LabelColumns = 3;

    public static TableDescription Build()
    {
        var cells = new List<TableCell>
        {
            TableCell.Text(0, 0, ApplicantColumns.BalanceNote, rowSpan: HeaderRows, columnSpan: LabelColumns),
            TableCell.Text(0, 3, ApplicantColumns.ApplicantsHeader, columnSpan: 7),
            TableCell.Text(1, 3, ApplicantColumns.Label(ApplicantColumn.NaturalPersons), rowSpan: 2),
            TableCell.Text(1, 4, ApplicantColumns.LegalPersonsGroup, columnSpan: 5),
            TableCell.Text(1, 9, ApplicantColumns.Label(ApplicantColumn.Total), rowSpan: 2),
        };
        for (var column = ApplicantColumn.CommercialEnterprises; column <= ApplicantColumn.Others; column++)
        {
            cells.Add(TableCell.Text(2, LabelColumns + (int)column, ApplicantColumns.Label(column)));
        }

        var rows = ApplicationRows.All;
        var resultRowCount = rows.Count(r => r.IsResult);
        for (var i = 0; i < rows.Count; i++)
        {
            var spec = rows[i];
            var gridRow = HeaderRows + i;
            if (!spec.IsResult)
            {
                cells.Add(TableCell.Text(gridRow, 0, spec.Label, columnSpan: LabelColumns));
            }
            else
            {
                if (spec.Row == ApplicationRow.Granted)
                {
                    cells.Add(TableCell.Text(gridRow, 0, ApplicationRows.ResultsHeader, rowSpan: resultRowCount));
                }

                if (spec.Group is null)
                {
                    cells.Add(TableCell.Text(gridRow, 1, spec.Label, columnSpan: 2));
                }
                else
                {
                    if (i == 0 || rows[i - 1].Group != spec.Group)
                    {
                        var groupSize = rows.Skip(i).TakeWhile(r => r.Group == spec.Group).Count();
                        cells.Add(TableCell.Text(gridRow, 1, spec.Group, rowSpan: groupSize));
                    }

                    cells.Add(TableCell.Text(gridRow, 2, spec.Label));
                }
            }

            foreach (var column in ApplicantColumns.All)
            {
                cells.Add(TableCell.Number(gridRow, LabelColumns + (int)column, new ApplicationDatum(spec.Row, column)));
            }
        }

        // The label columns of the template circulated among offices (twips of 9740), the number columns a little
        // wider so five digits fit at 五号 (CellFit condenses longer ones); the longest row label still fits one line.
        double[] weights = [754, 921, 3026, 720, 720, 720, 720, 720, 720, 720];
        return new TableDescription(TableNames.Applications, 10, HeaderRows + rows.Count, HeaderRows, weights, cells);
    }
}
