using System.Collections;
using System.Text;
using GovReportDocs.Model;

namespace GovReportDocs.Narrative;

/// <summary>
/// The work one narrative field may take once expanded: at most <see cref="Limits.MaxExpandedTextLength"/>
/// characters written, each item a <c>{{#each}}</c> passes counting as one. Eight nested loops over 30 issues, or a
/// long variable quoted thousands of times, are stopped there with a message instead of running for minutes and
/// filling the memory.
/// </summary>
internal sealed class Expansion : StringWriter
{
    [ThreadStatic]
    private static Expansion? _current;

    private long _spent;

    private Expansion()
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
    }

    /// <summary>Runs a template's expansion with a fresh budget.</summary>
    /// <exception cref="ExpansionTooLargeException">The budget ran out.</exception>
    public static string Run(Action<TextWriter> expand)
    {
        var outer = _current;
        using var expansion = new Expansion();
        _current = expansion;
        try
        {
            expand(expansion);
            return expansion.ToString();
        }
        finally
        {
            _current = outer;
        }
    }

    /// <summary>Charges one pass of a loop to the expansion running on this thread, if any.</summary>
    public static void Step() => _current?.Spend(1);

    /// <summary>Checks what a text built outside a template (an input's text quoting variables) has grown to.</summary>
    /// <exception cref="ExpansionTooLargeException">It is over the limit.</exception>
    public static void Check(StringBuilder text)
    {
        if (text.Length > Limits.MaxExpandedTextLength)
        {
            throw new ExpansionTooLargeException();
        }
    }

    /// <summary>Items a template may loop over, each pass charged to the running expansion.</summary>
    public static IEnumerable<string> Counted(IReadOnlyList<string> items) => new CountedItems([.. items]);

    public override void Write(char value)
    {
        Spend(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Spend(count);
        base.Write(buffer, index, count);
    }

    public override void Write(string? value)
    {
        Spend(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Spend(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(StringBuilder? value)
    {
        Spend(value?.Length ?? 0);
        base.Write(value);
    }

    private void Spend(long amount)
    {
        _spent += amount;
        if (_spent > Limits.MaxExpandedTextLength)
        {
            throw new ExpansionTooLargeException();
        }
    }

    /// <summary>Only enumerable (no indexer), so that a loop over it goes through the enumerator that counts.</summary>
    private sealed class CountedItems(string[] items) : IEnumerable<string>
    {
        public IEnumerator<string> GetEnumerator()
        {
            foreach (var item in items)
            {
                Step();
                yield return item;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => string.Join("；", items);
    }
}

/// <summary>A narrative field's expansion passed <see cref="Limits.MaxExpandedTextLength"/>.</summary>
internal sealed class ExpansionTooLargeException : Exception
{
    public ExpansionTooLargeException()
        : base($"展开后的文本过长（超过{Limits.MaxExpandedTextLength:#,0}个字符，循环每项计一个字符）：请减少循环的嵌套或长变量的引用次数")
    {
    }
}
