using System.Text.RegularExpressions;
using GovReportDocs.Input;

namespace GovReportDocs.Web;

/// <summary>
/// A finding's message as the clerk reads it on the form: the input file's key names (<c>“proactive.licensing”</c>,
/// <c>（publishDate）</c>) and choice values (<c>government</c>) that the command line shows a programmer become the
/// Chinese names the form itself shows. The finding already stands on its cell or field.
/// </summary>
internal static partial class ClerkWording
{
    public static string Of(string message)
    {
        // “proactive.licensing”（行政许可 本年处理决定数量） → “行政许可 本年处理决定数量”
        message = QuotedKeyDescribed().Replace(message, m => IsKey(m.Groups[1].Value) ? "“" + m.Groups[2].Value + "”" : m.Value);
        // “applications.granted” → “（一）予以公开”
        message = QuotedKey().Replace(message, m => DescriptionOf(m.Groups[1].Value) is { } name ? "“" + name + "”" : m.Value);
        // 未填写发布日期（publishDate） → 未填写发布日期
        message = BracketedKey().Replace(message, m => IsKey(m.Groups[1].Value) ? "" : m.Value);
        // 应为government、department、township之一 → 应为各级人民政府、部门、乡镇（街道）之一
        return Choice().Replace(message, m => KindNames[m.Groups[1].Value]);
    }

    private static readonly Dictionary<string, string> KindNames = new(StringComparer.Ordinal)
    {
        ["government"] = "各级人民政府",
        ["department"] = "部门",
        ["township"] = "乡镇（街道）",
    };

    private static bool IsKey(string path) => DescriptionOf(path) is not null;

    /// <summary>The contract's Chinese description of a key path (its first phrase), or null when the path is not a key.</summary>
    private static string? DescriptionOf(string path)
    {
        Shape? shape = InputContract.Root;
        foreach (var part in IndexSuffix().Replace(path, "").Split('.'))
        {
            shape = (shape as ObjectShape)?.Find(part)?.Shape;
        }

        if (shape is null or ObjectShape { Description.Length: 0 })
        {
            return null;
        }

        var description = shape.Description;
        var cut = description.IndexOfAny(['；', '，', '：']);
        return cut > 0 ? description[..cut] : description;
    }

    /// <summary>A key and its description, which may hold brackets of its own (本年收费金额（单位：万元）).</summary>
    [GeneratedRegex(@"“([A-Za-z][A-Za-z0-9.\[\]]*)”（((?:[^（）]|（[^（）]*）)+)）")]
    private static partial Regex QuotedKeyDescribed();

    [GeneratedRegex(@"“([A-Za-z][A-Za-z0-9.\[\]]*)”")]
    private static partial Regex QuotedKey();

    [GeneratedRegex(@"（([A-Za-z][A-Za-z0-9.\[\]]*)）")]
    private static partial Regex BracketedKey();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex IndexSuffix();

    [GeneratedRegex(@"(?<![A-Za-z])(government|department|township)(?![A-Za-z])(（[^（）]*）)?")]
    private static partial Regex Choice();
}
