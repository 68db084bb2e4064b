namespace GovReportDocs.Model;

/// <summary>五、存在的主要问题及改进情况.</summary>
/// <param name="Issues">The problems, one per item (rendered 一是…二是…).</param>
/// <param name="Measures">The measures, one per item.</param>
/// <param name="LastYearRectification">上年度问题整改情况; reviewers expect it.</param>
public sealed record ProblemsAndImprovements(ValueList<string> Issues, ValueList<string> Measures, string? LastYearRectification = null)
{
    /// <summary>Nothing written yet.</summary>
    public static ProblemsAndImprovements Empty { get; } = new(ValueList<string>.Empty, ValueList<string>.Empty);
}
