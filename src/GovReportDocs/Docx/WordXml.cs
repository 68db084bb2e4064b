using System.Xml;

namespace GovReportDocs.Docx;

/// <summary>
/// WordprocessingML written straight to an <see cref="XmlWriter"/> as it is decided, with the names, attribute order
/// and spelling the OpenXml SDK gives the same elements (schema order), so Word, WPS and LibreOffice read the same
/// document as when it was built as an OpenXml DOM, without building one per report (a DOM and its save were most of
/// a report's .docx time in a batch). The markup is our own fixed names and values, written raw in the <c>w:</c> and
/// <c>r:</c> prefixes the part's root declares, gathered in a buffer and handed to the XmlWriter in pieces (a call
/// per name and value cost more than the rest of the part); text goes through <see cref="XmlWriter.WriteString"/>,
/// which escapes it and refuses characters XML cannot hold. One per part, ended with <see cref="Flush"/>; not
/// thread-safe.
/// </summary>
internal sealed class WordXml(XmlWriter xml)
{
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly Stack<string> _open = new();
    private readonly char[] _markup = new char[4096];
    private int _length;

    /// <summary>Whether the last element's start tag still takes attributes (not yet closed by "&gt;").</summary>
    private bool _inStartTag;

    /// <summary>Opens <c>w:name</c>; close it with <see cref="End"/>.</summary>
    public void Start(string name)
    {
        CloseStartTag();
        Raw("<w:");
        Raw(name);
        _open.Push(name);
        _inStartTag = true;
    }

    /// <summary>Closes the innermost open element: <c> /&gt;</c> when it is empty, as the XmlWriter the SDK saves with does.</summary>
    public void End()
    {
        var name = _open.Pop();
        if (_inStartTag)
        {
            Raw(" />");
            _inStartTag = false;
        }
        else
        {
            Raw("</w:");
            Raw(name);
            Raw(">");
        }
    }

    /// <summary>A <c>w:name</c> attribute of the element just opened.</summary>
    public void Attribute(string name, string value) => RawAttribute(" w:", name, value);

    /// <summary>An <c>r:id</c> attribute (a relationship of the part).</summary>
    public void RelationshipId(string id) => RawAttribute(" r:", "id", id);

    /// <summary><c>&lt;w:name /&gt;</c>, an on/off property set on.</summary>
    public void Empty(string name)
    {
        Start(name);
        End();
    }

    /// <summary><c>&lt;w:name w:val="value" /&gt;</c>.</summary>
    public void Val(string name, string value)
    {
        Start(name);
        Attribute("val", value);
        End();
    }

    /// <summary><c>&lt;w:name w:w="width" w:type="dxa" /&gt;</c>, a width in twips.</summary>
    public void Width(string name, string width)
    {
        Start(name);
        Attribute("w", width);
        Attribute("type", "dxa");
        End();
    }

    /// <summary><c>&lt;w:pPr&gt;&lt;w:pStyle …/&gt;[&lt;w:keepNext /&gt;]</c>, left open for more properties.</summary>
    public void StartParagraphProperties(string style, bool keepNext)
    {
        Start("pPr");
        Val("pStyle", style);
        if (keepNext)
        {
            Empty("keepNext");
        }
    }

    /// <summary>A paragraph of one style and no text.</summary>
    public void StyledParagraph(string style, bool keepNext = false)
    {
        Start("p");
        StartParagraphProperties(style, keepNext);
        End();
        End();
    }

    /// <summary><c>w:t</c> with its spaces kept; always an end tag, as XmlWriter writes an element given a string, even an empty one.</summary>
    public void Text(string text)
    {
        CloseStartTag();
        Raw("<w:t xml:space=\"preserve\">");
        Flush();
        xml.WriteString(text);
        Raw("</w:t>");
    }

    /// <summary>A run of one text.</summary>
    public void Run(string text)
    {
        Start("r");
        Text(text);
        End();
    }

    /// <summary>Hands the markup gathered so far to the XmlWriter.</summary>
    public void Flush()
    {
        if (_length > 0)
        {
            xml.WriteRaw(_markup, 0, _length);
            _length = 0;
        }
    }

    private void Raw(string markup)
    {
        if (_length + markup.Length > _markup.Length)
        {
            Flush();
            if (markup.Length > _markup.Length)
            {
                xml.WriteRaw(markup);
                return;
            }
        }

        markup.CopyTo(_markup.AsSpan(_length));
        _length += markup.Length;
    }

    private void CloseStartTag()
    {
        if (_inStartTag)
        {
            Raw(">");
            _inStartTag = false;
        }
    }

    private void RawAttribute(string prefix, string name, string value)
    {
        if (!_inStartTag)
        {
            throw new InvalidOperationException($"w:{name} after the start tag of its element was closed");
        }

        // Values are the writer's own numbers, style ids and keywords; one needing escaping would be a bug here.
        foreach (var c in value)
        {
            if (c is '&' or '<' or '>' or '"' or < ' ')
            {
                throw new ArgumentException($"w:{name}=\"{value}\" needs escaping", nameof(value));
            }
        }

        Raw(prefix);
        Raw(name);
        Raw("=\"");
        Raw(value);
        Raw("\"");
    }
}
