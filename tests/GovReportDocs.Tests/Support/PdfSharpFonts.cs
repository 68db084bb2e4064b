using System.Collections.Concurrent;
using GovReportDocs.NationalFormat;
using GovReportDocs.Pdf;
using GovReportDocs.Pdf.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace GovReportDocs.Tests.Support;

/// <summary>
/// For the tests that draw PDFs with PDFsharp (Word-like exports for the reader): a process-wide PDFsharp font
/// resolver serving the faces our renderer chose, by their key (`path#index`), extracted from collections once.
/// </summary>
internal sealed class PdfSharpFonts : IFontResolver
{
    private static readonly Lazy<PdfSharpFonts> LazyInstance = new(Install);
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _bytes = new();
    private readonly ConcurrentDictionary<string, FontFace> _faces = new();
    private readonly IFontResolver? _host;

    private PdfSharpFonts(IFontResolver? host) => _host = host;

    public static PdfSharpFonts Instance => LazyInstance.Value;

    /// <summary>The PDFsharp font of a role's face, as our renderer chooses it.</summary>
    public static XFont Font(FontRole role, double size) =>
        new(Instance.Register(PdfRenderer.Fonts()[role]), size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    /// <summary>The family name to ask PDFsharp for to draw with a face.</summary>
    public string Register(FontFace face)
    {
        _faces.TryAdd(face.Key, face);
        return face.Key;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName, bold, italic) : _host?.ResolveTypeface(familyName, bold, italic);

    public byte[]? GetFont(string faceName) =>
        _faces.TryGetValue(faceName, out var face)
            ? _bytes.GetOrAdd(faceName, _ => new Lazy<byte[]>(() => FaceExtractor.Extract(face.Path, face.Index))).Value
            : _host?.GetFont(faceName);

    private static PdfSharpFonts Install()
    {
        var resolver = new PdfSharpFonts(GlobalFontSettings.FontResolver);
        GlobalFontSettings.FontResolver = resolver;
        return resolver;
    }
}
