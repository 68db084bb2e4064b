using System.Xml;

namespace GovReportDocs.Docx;

/// <summary>
/// WordprocessingML written straight to an <see cref="XmlWriter"/>, element by element, with the names, attribute order
/// and spelling the OpenXml SDK gives the same elements (schema order), so Word, WPS and LibreOffice read the same
/// document as when it was built as an OpenXml DOM — without building one per report (a DOM and its save were most of
/// a report's .docx time in a batch).
/// </summary>
internal readonly struct WordXml(XmlWriter xml)
{
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>Opens <c>w:name</c>; close it with <see cref="End"/>.</summary>
    public void Start(string name) => xml.WriteStartElement("w", name, Main);

    public void End() => xml.WriteEndElement();

    /// <summary>A <c>w:name</c> attribute of the element just opened.</summary>
    public void Attribute(string name, string value) => xml.WriteAttributeString("w", name, Main, value);

    /// <summary>An <c>r:id</c> attribute (a relationship of the part).</summary>
    public void RelationshipId(string id) => xml.WriteAttributeString("r", "id", Relationships, id);

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

    /// <summary><c>w:t</c> with its spaces kept.</summary>
    public void Text(string text)
    {
        Start("t");
        xml.WriteAttributeString("xml", "space", XmlNamespace, "preserve");
        xml.WriteString(text);
        End();
    }

    /// <summary>A run of one text.</summary>
    public void Run(string text)
    {
        Start("r");
        Text(text);
        End();
    }
}
