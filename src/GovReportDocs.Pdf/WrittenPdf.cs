using GovReportDocs.NationalFormat;

namespace GovReportDocs.Pdf;

/// <summary>The PDF as written, and the characters each role's face drew as empty boxes (in order of first appearance).</summary>
internal sealed record WrittenPdf(byte[] Bytes, IReadOnlyDictionary<FontRole, IReadOnlyList<string>> MissingGlyphs);
