using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using GovReportDocs.Files;
using GovReportDocs.Model;

namespace GovReportDocs.Ledger;

/// <summary>One visible sheet as read: each row's cell values (row 0 is the sheet's row 1) and its merged ranges.</summary>
internal sealed record LedgerSheet(string Name, IReadOnlyList<object?[]> Rows, IReadOnlyList<CellRange> Merges);

/// <summary>
/// Reads the visible sheets of an .xlsx or .xls workbook with ExcelDataReader (it reads both, by the file's signature,
/// and gives a formula cell the value last computed — what the clerk sees). Every failure of the file becomes a
/// <see cref="ReportReadException"/> with a Chinese message; rows and columns read are bounded.
/// </summary>
internal static class LedgerWorkbook
{
    /// <summary>Columns read per row: a ledger has a dozen; a sheet can claim 16,384.</summary>
    public const int MaxColumns = 64;

    static LedgerWorkbook()
    {
        // .xls stores text in the workbook's code page (GBK for most Chinese ledgers); .NET knows those only through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static IReadOnlyList<LedgerSheet> Read(byte[] bytes, string name)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration
            {
                FallbackEncoding = Encoding.GetEncoding(936),
            });
            var sheets = new List<LedgerSheet>();
            var total = 0;
            do
            {
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    if (++total > Limits.MaxLedgerRows)
                    {
                        throw new ReportReadException(name,
                            $"台账行数超过上限{Limits.MaxLedgerRows}行（各工作表合计）：请按年度拆分为多个文件后分别统计");
                    }

                    var width = Math.Min(reader.FieldCount, MaxColumns);
                    var values = new object?[width];
                    for (var c = 0; c < width; c++)
                    {
                        values[c] = reader.GetValue(c);
                    }

                    rows.Add(values);
                }

                if (!string.Equals(reader.VisibleState, "hidden", StringComparison.OrdinalIgnoreCase)
                    && !string.Equals(reader.VisibleState, "veryhidden", StringComparison.OrdinalIgnoreCase))
                {
                    sheets.Add(new LedgerSheet(reader.Name, rows, reader.MergeCells ?? []));
                }
            }
            while (reader.NextResult());

            return sheets;
        }
        catch (InvalidPasswordException)
        {
            throw new ReportReadException(name, "文件设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再统计");
        }
        catch (ReportReadException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ReportReadException(name, "文件已损坏，或不是 Excel/WPS 表格（.xlsx、.xls）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再统计");
        }
    }
}
