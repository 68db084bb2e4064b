using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovReportDocs.Xlsx;

/// <summary>One <see cref="XlsxSheet"/> as a SpreadsheetML worksheet, its elements in the order the schema requires.</summary>
internal static class XlsxWorksheet
{
    public static Worksheet Build(XlsxSheet sheet, bool selected)
    {
        var worksheet = new Worksheet();
        worksheet.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        worksheet.Append(Views(sheet, selected));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 15 });
        if (sheet.ColumnWidths.Count > 0)
        {
            var columns = new Columns();
            for (var c = 0; c < sheet.ColumnWidths.Count; c++)
            {
                var column = new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = sheet.ColumnWidths[c], CustomWidth = true };
                if (c < sheet.ColumnStyles.Count && sheet.ColumnStyles[c] is { } style)
                {
                    column.Style = (uint)style;
                }

                columns.Append(column);
            }

            worksheet.Append(columns);
        }

        worksheet.Append(Data(sheet));
        if (sheet.Merges.Count > 0)
        {
            worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell
            {
                Reference = $"{XlsxPackage.Reference(m.FirstRow, m.FirstColumn)}:{XlsxPackage.Reference(m.LastRow, m.LastColumn)}",
            })) { Count = (uint)sheet.Merges.Count });
        }

        if (sheet.Lists.Count + sheet.Dates.Count > 0)
        {
            var validations = new DataValidations { Count = (uint)(sheet.Lists.Count + sheet.Dates.Count) };
            foreach (var list in sheet.Lists)
            {
                var validation = Validation(list.FirstRow, list.LastRow, list.Column, DataValidationValues.List, list.Error);
                validation.Append(new Formula1(list.Source));
                if (list.Prompt is { } prompt)
                {
                    validation.ShowInputMessage = true;
                    validation.Prompt = prompt;
                }

                validations.Append(validation);
            }

            foreach (var date in sheet.Dates)
            {
                var validation = Validation(date.FirstRow, date.LastRow, date.Column, DataValidationValues.Date, date.Error);
                validation.Operator = DataValidationOperatorValues.GreaterThanOrEqual;
                validation.Append(new Formula1(new DateOnly(2008, 1, 1).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)));
                validations.Append(validation);
            }

            worksheet.Append(validations);
        }

        worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        return worksheet;
    }

    private static DataValidation Validation(int firstRow, int lastRow, int column, DataValidationValues type, string error) => new()
    {
        Type = type,
        AllowBlank = true,
        ShowErrorMessage = true,
        ErrorTitle = "输入有误",
        Error = error,
        SequenceOfReferences = new ListValue<StringValue>
        {
            InnerText = $"{XlsxPackage.Reference(firstRow, column)}:{XlsxPackage.Reference(lastRow, column)}",
        },
    };

    private static SheetViews Views(XlsxSheet sheet, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null };
        if (sheet.FrozenRows > 0)
        {
            var topLeft = XlsxPackage.Reference(sheet.FrozenRows, 0);
            view.Append(new Pane { VerticalSplit = sheet.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        return new SheetViews(view);
    }

    private static SheetData Data(XlsxSheet sheet)
    {
        var data = new SheetData();
        foreach (var row in sheet.Cells.GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            var element = new Row { RowIndex = (uint)(row.Key + 1) };
            if (sheet.RowHeights.TryGetValue(row.Key, out var height))
            {
                element.Height = height;
                element.CustomHeight = true;
            }

            foreach (var cell in row.OrderBy(c => c.Column))
            {
                element.Append(Cell(cell));
            }

            data.Append(element);
        }

        return data;
    }

    private static Cell Cell(XlsxCell cell)
    {
        var element = new Cell { CellReference = XlsxPackage.Reference(cell.Row, cell.Column), StyleIndex = (uint)cell.Style };
        if (cell.Formula is { } formula)
        {
            element.Append(new CellFormula(formula));
        }

        if (cell.Text is { } text)
        {
            element.DataType = CellValues.InlineString;
            element.Append(new InlineString(new Text(text) { Space = text.Trim() == text ? null : SpaceProcessingModeValues.Preserve }));
        }
        else if (cell.Date is { } date)
        {
            element.Append(new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)));
        }
        else if (cell.Number is { } number)
        {
            element.Append(new CellValue(number.ToString("R", CultureInfo.InvariantCulture)));
        }

        return element;
    }
}
