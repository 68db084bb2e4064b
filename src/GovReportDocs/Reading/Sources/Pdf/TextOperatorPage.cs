using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// Reads a page's letters and strokes by running its content stream's text, state and path operators itself,
/// PdfPig parsing only the file, its objects and streams. PdfPig's own page reading parses every embedded font
/// program to box each glyph's outline, which the reader never looks at: over half of the time of a WPS PDF. A page
/// this reader does not follow (a form XObject, an inline image, a rotated page, a font without a ToUnicode map or
/// widths, a colour space other than the device ones, a zero-width letter…) gives null, and PdfPig reads it, so
/// both give the same <see cref="PdfPageContent"/> (tests/…/Reading/TextOperatorPageTests compare them page by page).
/// One instance per document: the fonts are read once and shared by its pages.
/// </summary>
internal sealed class TextOperatorPage(IPdfTokenScanner scanner, ILookupFilterProvider filters) : IPageFactory<PdfPageContent?>
{
    private readonly Dictionary<IndirectReference, TextFont?> _fonts = [];

    /// <summary>
    /// How many pages this reader gave back to PdfPig (null): a PDF of a kind it is meant for (our renders, WPS,
    /// Chromium, LibreOffice) should leave none, and the tests say so; every page falling back would read the same.
    /// </summary>
    internal int FallenBack { get; private set; }

    public PdfPageContent? Create(int number, DictionaryToken dictionary, PageTreeMembers pageTreeMembers, NamedDestinations namedDestinations)
    {
        PdfPageContent? page;
        try
        {
            page = Read(number, dictionary, pageTreeMembers);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // Left to PdfPig, which reads the page or refuses the file as it always has.
            page = null;
        }

        if (page is null)
        {
            FallenBack++;
        }

        return page;
    }

    private PdfPageContent? Read(int number, DictionaryToken page, PageTreeMembers members)
    {
        if (members.Rotation != 0 || page.ContainsKey(NameToken.Rotate) || page.ContainsKey(NameToken.UserUnit)
            || Box(page) is not { } frame)
        {
            return null;
        }

        var resources = new List<DictionaryToken>();
        if (page.TryGet(NameToken.Resources, scanner, out DictionaryToken? own))
        {
            resources.Add(own);
        }

        resources.AddRange(members.ParentResources.Reverse());
        var state = new PageState(this, resources, frame);
        foreach (var content in Contents(page))
        {
            state.Run(content);
        }

        return new PdfPageContent(number, frame.Width, frame.Height, state.Glyphs, state.Rulings);

        PageFrame? Box(DictionaryToken dictionary)
        {
            var box = Rectangle(NameToken.CropBox) ?? Rectangle(NameToken.MediaBox) ?? members.MediaBox?.Bounds;
            return box is { } b ? new PageFrame(b.Left, b.Top, b.Width, b.Height) : null;

            PdfRectangle? Rectangle(NameToken key)
            {
                if (!dictionary.TryGet(key, scanner, out ArrayToken? array) || array.Length != 4)
                {
                    return null;
                }

                var values = new double[4];
                for (var i = 0; i < 4; i++)
                {
                    if (!DirectObjectFinder.TryGet(array.Data[i], scanner, out NumericToken? value))
                    {
                        return null;
                    }

                    values[i] = value.Double;
                }

                return new PdfRectangle(Math.Min(values[0], values[2]), Math.Min(values[1], values[3]), Math.Max(values[0], values[2]), Math.Max(values[1], values[3]));
            }
        }
    }

    private IEnumerable<byte[]> Contents(DictionaryToken page)
    {
        if (!page.TryGet(NameToken.Contents, out var contents))
        {
            yield break;
        }

        if (DirectObjectFinder.TryGet(contents, scanner, out StreamToken? single))
        {
            yield return single.Decode(filters, scanner).ToArray();
        }
        else if (DirectObjectFinder.TryGet(contents, scanner, out ArrayToken? parts))
        {
            // The parts of one content stream: an operator may not be split across them, so each is run in turn.
            foreach (var part in parts.Data)
            {
                var stream = DirectObjectFinder.Get<StreamToken>(part, scanner) ?? throw new UnreadContentException("content part");
                yield return stream.Decode(filters, scanner).ToArray();
            }
        }
    }

    /// <summary>The font a resource name stands for, read once per document; null for a font left to PdfPig.</summary>
    internal TextFont? Font(IReadOnlyList<DictionaryToken> resources, string name)
    {
        foreach (var dictionary in resources)
        {
            if (!dictionary.TryGet(NameToken.Font, scanner, out DictionaryToken? fonts) || !fonts.TryGet(NameToken.Create(name), out var entry))
            {
                continue;
            }

            if (entry is not IndirectReferenceToken reference)
            {
                return null;
            }

            if (!_fonts.TryGetValue(reference.Data, out var font))
            {
                font = DirectObjectFinder.TryGet(entry, scanner, out DictionaryToken? fontDictionary) ? TextFont.Load(fontDictionary, scanner, filters) : null;
                _fonts[reference.Data] = font;
            }

            return font;
        }

        return null;
    }

    /// <summary>Whether a named XObject is an image (drawn, nothing to read); a form or anything else is not.</summary>
    internal bool IsImage(IReadOnlyList<DictionaryToken> resources, string name)
    {
        foreach (var dictionary in resources)
        {
            if (dictionary.TryGet(NameToken.Xobject, scanner, out DictionaryToken? objects) && objects.TryGet(NameToken.Create(name), out var entry))
            {
                return DirectObjectFinder.TryGet(entry, scanner, out StreamToken? stream)
                    && stream.StreamDictionary.TryGet(NameToken.Subtype, scanner, out NameToken? subtype) && subtype.Data == "Image";
            }
        }

        return false;
    }

    /// <summary>The device colour space a colour-space name stands for (components 1, 3 or 4), else null.</summary>
    internal int? DeviceComponents(IReadOnlyList<DictionaryToken> resources, string name)
    {
        switch (name)
        {
            case "DeviceGray" or "G":
                return 1;
            case "DeviceRGB" or "RGB":
                return 3;
            case "DeviceCMYK" or "CMYK":
                return 4;
        }

        foreach (var dictionary in resources)
        {
            if (dictionary.TryGet(NameToken.ColorSpace, scanner, out DictionaryToken? spaces) && spaces.TryGet(NameToken.Create(name), out var entry))
            {
                return DirectObjectFinder.TryGet(entry, scanner, out NameToken? device) && device.Data is "DeviceGray" or "DeviceRGB" or "DeviceCMYK"
                    ? DeviceComponents([], device.Data)
                    : null;
            }
        }

        return null;
    }
}
