using GovReportDocs.Model;

namespace GovReportDocs.NationalFormat;

/// <summary>Everything the format and the data contract say about one body row of table 3.</summary>
/// <param name="Row">Which row.</param>
/// <param name="ContractKey">Its key under <c>applications</c> in the input file (dotted for nested rows); null for the computed 总计.</param>
/// <param name="Group">The merged 第二列 label it sits under (e.g. （三）不予公开), or null.</param>
/// <param name="Label">Its own printed label.</param>
/// <param name="Reference">How a diagnostic names it, e.g. 第二行“上年结转”.</param>
internal sealed record ApplicationRowSpec(ApplicationRow Row, string? ContractKey, string? Group, string Label, string Reference)
{
    /// <summary>Whether the row sits under 三、本年度办理结果.</summary>
    public bool IsResult => Row is >= ApplicationRow.Granted and <= ApplicationRow.ResultsTotal;
}
