using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Reading;

namespace GovReportDocs.Web;

/// <summary>
/// Where in the report a finding of a published report stands, as a reviewer finds it on the page: the table cell
/// (表三 第二行“上年结转” 自然人列) or the part (五、存在的主要问题及改进情况) — not a line of the file's source
/// (<c>004.html:420:1</c>), which only a programmer can follow.
/// </summary>
internal static class PublishedPlace
{
    public static string? Of(Diagnostic diagnostic, PublishedReport? published)
    {
        if (diagnostic.Datum is { } datum)
        {
            return datum.Describe();
        }

        if (published is null || diagnostic.Source is not { } source || source.File != published.File)
        {
            return null;
        }

        var at = (source.Page ?? 0, source.Line);
        var part = published.Structure.Parts
            .Select(p => (Part: p, At: published.At(p.Line)))
            .Where(p => (p.At.Page ?? 0, p.At.Line).CompareTo(at) <= 0)
            .OrderBy(p => (p.At.Page ?? 0, p.At.Line))
            .LastOrDefault().Part;
        return part is null ? null : PartTitles.All[part.Number - 1];
    }
}
