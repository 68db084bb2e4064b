using GovReportDocs.Model;
using GovReportDocs.NationalFormat;
using GovReportDocs.Validation;
using Microsoft.AspNetCore.Http;

namespace GovReportDocs.Web;

/// <summary>
/// The 报告年度 changed in the editor: the narrative texts as typed, with the old year replaced where they name the
/// report year (<see cref="ReportYearText"/>), so the browser applies the library's rule and never its own. Nothing is
/// saved; the editor shows what changed, with an undo.
/// </summary>
internal static class YearTexts
{
    /// <summary>The old and the new year, and each narrative text by its key (a list as its lines).</summary>
    internal sealed record YearTextsRequest(int From, int To, Dictionary<string, string?>? Texts);

    /// <summary>One text that changed: its key, its name on the form, the new text, how many places.</summary>
    internal sealed record ChangedText(string Key, string Name, string Text, int Count);

    private static readonly IReadOnlyList<(string Key, string Name)> Texts =
        [.. NarrativeFields.All.Select(f => (f.Key, f.Name)), .. NarrativeFields.Lists.Select(l => (l.Key, l.Name))];

    public static async Task<IResult> Carry(HttpContext http)
    {
        var request = await ReportApi.ReadJson<YearTextsRequest>(http, Limits.MaxInputBytes);
        if (request?.Texts is null || !ReportYears.Contains(request.From) || !ReportYears.Contains(request.To))
        {
            return ReportApi.Invalid();
        }

        var changed = new List<ChangedText>();
        foreach (var (key, name) in Texts)
        {
            if (request.Texts.GetValueOrDefault(key) is not { Length: > 0 } text)
            {
                continue;
            }

            var (replaced, count) = ReportYearText.Replace(text, request.From, request.To);
            if (count > 0 && request.From != request.To)
            {
                changed.Add(new ChangedText(key, name, replaced, count));
            }
        }

        return Results.Json(new { changed }, ReportApi.Json);
    }
}
