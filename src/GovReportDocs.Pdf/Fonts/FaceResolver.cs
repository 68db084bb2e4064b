using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace GovReportDocs.Pdf.Fonts;

/// <summary>
/// The process-wide PDFsharp font resolver: serves faces by their key (`path#index`), extracted from
/// collections once and kept. PDFsharp allows one resolver per process; every render shares this one, and a
/// resolver the host application installed before keeps serving every other family.
/// </summary>
internal sealed class FaceResolver : IFontResolver
{
    private static readonly Lazy<FaceResolver> LazyInstance = new(Install);
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _bytes = new();
    private readonly ConcurrentDictionary<string, FontFace> _faces = new();
    private readonly IFontResolver? _host;

    private FaceResolver(IFontResolver? host) => _host = host;

    public static FaceResolver Instance => LazyInstance.Value;

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

    private static FaceResolver Install()
    {
        var resolver = new FaceResolver(GlobalFontSettings.FontResolver);
        GlobalFontSettings.FontResolver = resolver;
        return resolver;
    }
}
