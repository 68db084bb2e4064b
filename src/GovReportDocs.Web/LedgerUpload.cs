using GovReportDocs.Files;
using GovReportDocs.Ledger;
using GovReportDocs.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GovReportDocs.Web;

/// <summary>
/// <c>POST /api/ledger?year=2025&amp;name=台账.xlsx</c> with the ledger as the body: 表三 and 表四 of the year counted from
/// it, as the editor's cell keys and values, with the rows that could not be placed. Nothing is written; the editor
/// fills its cells and the office saves as usual.
/// </summary>
internal static class LedgerUpload
{
    public static async Task<IResult> Count(HttpContext http, int? year, string? name)
    {
        if (year is not { } given || !ReportYears.Contains(given) || name is null
            || Path.GetExtension(name).ToLowerInvariant() is not (".xlsx" or ".xls"))
        {
            return Results.Json(new { error = "请上传台账（.xlsx 或 .xls），并先填写报告年度" }, ReportApi.Json, statusCode: StatusCodes.Status400BadRequest);
        }

        if (http.Request.ContentLength > Limits.MaxLedgerBytes)
        {
            throw new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = Limits.MaxLedgerBytes;
        }

        var file = Path.GetFileName(name);
        byte[] bytes;
        LedgerCount count;
        try
        {
            bytes = await BoundedFile.ReadAllAsync(http.Request.Body, file, Limits.MaxLedgerBytes, http.RequestAborted);
            // Counted between rows with the request's token: a client gone stops a 100,000-row ledger mid-way.
            count = LedgerCounter.Count(LedgerWorkbook.Read(bytes, file), file, given, http.RequestAborted);
        }
        catch (ReportReadException e)
        {
            return Results.Json(new { error = e.ToString() }, ReportApi.Json, statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var values = FormCells.Entered.Where(d => d is NationalFormat.ApplicationDatum or NationalFormat.ReviewDatum)
            .ToDictionary(FormCells.KeyOf, d => (int)NationalFormat.ReportData.ValueOf(AnnualReport.Empty("", year.Value) with
            {
                Applications = count.Applications,
                ReviewAndLitigation = count.Review,
            }, d));
        return Results.Json(new
        {
            file,
            year,
            values,
            unplaced = count.Unplaced.Select(f => f.ToString()),
            skipped = count.Skipped.Select(f => f.ToString()),
            otherYears = count.OtherYears,
        }, ReportApi.Json);
    }
}
