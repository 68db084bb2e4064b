using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace GovReportDocs.Model;

/// <summary>Builds <see cref="ValueList{T}"/> from collection expressions: <c>ValueList&lt;string&gt; x = ["a", "b"];</c>.</summary>
public static class ValueList
{
    /// <summary>A list of the given items.</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());
}

/// <summary>An immutable list that compares by its items, so records holding lists keep value equality.</summary>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps the given items.</summary>
    public ValueList(IEnumerable<T> items) => _items = [.. items];

    /// <summary>No item.</summary>
    [SuppressMessage("Design", "CA1000", Justification = "ValueList<int>.Empty reads as ImmutableArray<int>.Empty does.")]
    public static ValueList<T> Empty { get; } = new([]);

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) => other is not null && _items.SequenceEqual(other._items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
