namespace GovReportDocs.Input;

/// <summary>The file is not well-formed YAML or JSON.</summary>
internal sealed class InputSyntaxException(Mark mark, string message) : Exception(message)
{
    public Mark Mark { get; } = mark;
}
