namespace GovReportDocs.Input;

/// <summary>An object of the input file after it met the contract: values typed, keys known to be valid.</summary>
internal sealed class BoundObject
{
    private readonly Dictionary<string, object?> _values = [];

    public void Set(string key, object? value) => _values[key] = value;

    public bool Has(string key) => _values.TryGetValue(key, out var value) && value is not null;

    public string? Text(string key) => _values.GetValueOrDefault(key) as string;

    public int Count(string key) => _values.GetValueOrDefault(key) as int? ?? 0;

    public decimal Amount(string key) => _values.GetValueOrDefault(key) as decimal? ?? 0m;

    public T? Get<T>(string key) where T : class => _values.GetValueOrDefault(key) as T;

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
