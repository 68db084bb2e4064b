namespace GovReportDocs.Narrative;

/// <summary>A template or a text of the input could not be rendered: names where, and the line when known.</summary>
/// <param name="source">The template file (e.g. <c>templates/problems.hbs</c>) or the input key (e.g. <c>overview.onRequest</c>).</param>
/// <param name="line">1-based line within that template or text, when known.</param>
/// <param name="message">What is wrong, in Chinese.</param>
public sealed class NarrativeException(string source, int? line, string message) : Exception(message)
{
    /// <summary>The template file or input key.</summary>
    public string Where { get; } = source;

    /// <summary>1-based line within it, when known.</summary>
    public int? Line { get; } = line;

    /// <summary>`source:line：message`.</summary>
    public override string ToString() => Line is { } line ? $"{Where}:{line}：{Message}" : $"{Where}：{Message}";
}
