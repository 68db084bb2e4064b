using GovReportDocs.Pdf;

namespace GovReportDocs.Cli;

/// <summary>The outputs the command line offers: the core's writers and the PDF, from the one registry; help and choices are read from it.</summary>
internal static class Outputs
{
    private const string ChineseCounts = "一二三四五六七八九十";

    /// <summary>The registry with the PDF writer using these fonts.</summary>
    public static ReportWriters For(PdfRenderOptions pdf) => PdfReportWriter.With(ReportWriters.Core, pdf);

    /// <summary>The registry as help and the choices of <c>--format</c> name it (fonts do not change what is offered).</summary>
    public static ReportWriters Offered { get; } = For(new PdfRenderOptions());

    /// <summary>Every id <c>--format</c> accepts, <c>all</c> last.</summary>
    public static string[] Choices => [.. Offered.All.Select(w => w.Format.Id), "all"];

    /// <summary>"docx（供签批修改）、pdf（供发布）、…或 all（docx、pdf、html 三种都生成）".</summary>
    public static string Help
    {
        get
        {
            var all = Offered.InAll;
            var count = all.Count <= ChineseCounts.Length ? ChineseCounts[all.Count - 1].ToString() : "全部";
            return "输出格式：" + string.Join("、", Offered.All.Select(w => $"{w.Format.Id}（{w.Format.Purpose}）"))
                + $"或 all（{string.Join("、", all.Select(w => w.Format.Id))} {count}种都生成）";
        }
    }

    /// <summary>".docx/.pdf/.html": what <c>all</c> writes, for the command's description.</summary>
    public static string AllExtensions => string.Join("/", Offered.InAll.Select(w => w.Format.Extension));

    /// <summary>The writers a <c>--format</c> value selects, in the registry's order.</summary>
    public static IReadOnlyList<IReportWriter> Selected(ReportWriters writers, string format) =>
        format == "all" ? writers.InAll : [writers.Find(format)!];
}
