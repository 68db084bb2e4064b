namespace GovReportDocs.Input;

/// <summary>An object of the input file after it met the contract: values typed, keys known to be valid.</summary>
internal sealed class BoundObject
{
    private readonly Dictionary<string, object?> _values = [];

    public void Set(string key, object? value) => _values[key] = value;

    /// <summary>Sets a value under a dotted path such as <c>overview.onRequest</c>, creating the objects on the way.</summary>
    public void SetPath(string dottedPath, object? value)
    {
        var parts = dottedPath.Split('.');
        var target = this;
        foreach (var part in parts[..^1])
        {
            if (target.Object(part) is not { } child)
            {
                child = new BoundObject();
                target.Set(part, child);
            }

            target = child;
        }

        target.Set(parts[^1], value);
    }

    public string? Text(string key) => _values.GetValueOrDefault(key) as string;

    public int Count(string key) => _values.GetValueOrDefault(key) as int? ?? 0;

    public decimal Amount(string key) => _values.GetValueOrDefault(key) as decimal? ?? 0m;

    /// <summary>Whether the key holds a count or an amount above 0.</summary>
    public bool IsAboveZero(string key) => _values.GetValueOrDefault(key) is int and > 0 or decimal and > 0m;

    public DateOnly? Date(string key) => _values.GetValueOrDefault(key) as DateOnly?;

    public BoundObject? Object(string key) => _values.GetValueOrDefault(key) as BoundObject;

    /// <summary>Follows a dotted path such as <c>denied.stateSecret</c>.</summary>
    public object? AtPath(string dottedPath)
    {
        object? current = this;
        foreach (var part in dottedPath.Split('.'))
        {
            current = (current as BoundObject)?._values.GetValueOrDefault(part);
        }

        return current;
    }
}
