namespace GovReportDocs.Narrative;

/// <summary>A template variable: its path (<c>applications.granted.total</c>) and what it holds, in Chinese.</summary>
/// <param name="Path">What a template writes between <c>{{ }}</c>.</param>
/// <param name="Description">What it holds.</param>
public sealed record TemplateVariable(string Path, string Description);

/// <summary>Builds the nested dictionaries Handlebars reads, remembering what each leaf means.</summary>
internal sealed class VariableTree
{
    private readonly Dictionary<string, object> _root = [];
    private readonly List<TemplateVariable> _variables = [];

    public IReadOnlyDictionary<string, object> Values => _root;

    public IReadOnlyList<TemplateVariable> Variables => _variables;

    public void Add(string path, object value, string description)
    {
        var parts = path.Split('.');
        var node = _root;
        foreach (var part in parts[..^1])
        {
            if (!node.TryGetValue(part, out var child))
            {
                node[part] = child = new Dictionary<string, object>();
            }

            node = (Dictionary<string, object>)child;
        }

        node[parts[^1]] = value;
        _variables.Add(new TemplateVariable(path, description));
    }
}
