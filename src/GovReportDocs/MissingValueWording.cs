using GovReportDocs.Diagnostics;

namespace GovReportDocs;

/// <summary>
/// How <see cref="MissingValueFindings"/> ends what it tells: `check` tells a published report's missing numbers
/// as errors of that report, `import` as warnings that it wrote them as 0 for someone to check.
/// </summary>
/// <param name="Severity">The severity of each grouped finding.</param>
/// <param name="AfterCutOff">What follows “表三在“…”行之后中断：其后70项数值缺失”.</param>
/// <param name="AfterGroup">What follows a row or a column without numbers (“表二“规章”行缺少数值（3项）”).</param>
/// <param name="AfterAllMissing">What follows “表三的175项数值全部缺失”.</param>
internal sealed record MissingValueWording(Severity Severity, string AfterCutOff, string AfterGroup, string AfterAllMissing)
{
    private const string NotZero = "空白、“/”、“-”、“—”不视为0";

    private const string WrittenAsZero = "已按0写入，请核对";

    public static MissingValueWording Check { get; } = new(
        Severity.Error, "，原报告可能不完整，请核对", $"：应为非负整数，{NotZero}", $"：应填写数字，没有的填0，{NotZero}");

    public static MissingValueWording Import { get; } = new(
        Severity.Warning, $"，原报告可能不完整，{WrittenAsZero}", $"，{WrittenAsZero}", $"，{WrittenAsZero}");
}
