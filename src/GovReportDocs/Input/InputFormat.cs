namespace GovReportDocs.Input;

/// <summary>The two syntaxes of the input file; both carry the same contract.</summary>
public enum InputFormat
{
    /// <summary>YAML (.yaml, .yml).</summary>
    Yaml,

    /// <summary>JSON (.json).</summary>
    Json,
}
