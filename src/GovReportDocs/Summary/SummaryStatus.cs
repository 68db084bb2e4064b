namespace GovReportDocs.Summary;

/// <summary>How a report came out of its check, as the reviewer's table shows it.</summary>
internal enum SummaryStatus
{
    /// <summary>无误: no error, no warning.</summary>
    Clean,

    /// <summary>有警告: warnings only.</summary>
    Warnings,

    /// <summary>有错误: a rule is broken.</summary>
    Errors,

    /// <summary>无法读取: not read at all.</summary>
    Unreadable,
}

/// <summary>The words of each status, said once.</summary>
internal static class SummaryStatuses
{
    public static string Text(SummaryStatus status) => status switch
    {
        SummaryStatus.Clean => "无误",
        SummaryStatus.Warnings => "有警告",
        SummaryStatus.Errors => "有错误",
        _ => "无法读取",
    };

    /// <summary>The stable name the JSON and the page's filter use: the status names of the check envelope.</summary>
    public static string Key(SummaryStatus status) => status switch
    {
        SummaryStatus.Clean => "clean",
        SummaryStatus.Warnings => "warnings",
        SummaryStatus.Errors => "errors",
        _ => "unreadable",
    };
}
