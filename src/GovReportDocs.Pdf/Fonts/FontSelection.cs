using GovReportDocs.NationalFormat;

namespace GovReportDocs.Pdf.Fonts;

/// <summary>A substitution made because the exact font of a role was not found: reported, never silent.</summary>
/// <param name="Role">Which role.</param>
/// <param name="Wanted">The exact font.</param>
/// <param name="UsedFamily">The family name of the chain that was found.</param>
/// <param name="Used">The face used instead.</param>
public sealed record FontSubstitution(FontRole Role, string Wanted, string UsedFamily, FontFace Used)
{
    /// <summary>One line for a user.</summary>
    public override string ToString() =>
        $"{FontChains.RoleName(Role)}：未找到“{Wanted}”，以“{UsedFamily}”（{Used.Key}）代替";
}

/// <summary>No usable font for a role: lists what was searched and how to fix it.</summary>
public sealed class FontNotFoundException(string message) : Exception(message);

/// <summary>The face chosen for each role, and the substitutions made.</summary>
internal sealed class FontSelection
{
    private readonly Dictionary<FontRole, FontFace> _faces;

    private FontSelection(Dictionary<FontRole, FontFace> faces, IReadOnlyList<FontSubstitution> substitutions)
    {
        _faces = faces;
        Substitutions = substitutions;
    }

    /// <summary>Roles whose exact font was replaced.</summary>
    public IReadOnlyList<FontSubstitution> Substitutions { get; }

    /// <summary>The face of a role.</summary>
    public FontFace this[FontRole role] => _faces[role];

    /// <summary>Walks each role's chain in the catalog.</summary>
    /// <exception cref="FontNotFoundException">A role has no usable font.</exception>
    public static FontSelection Choose(FontCatalog catalog)
    {
        var faces = new Dictionary<FontRole, FontFace>();
        var substitutions = new List<FontSubstitution>();
        foreach (var role in Enum.GetValues<FontRole>())
        {
            var chain = FontChains.For(role);
            var (family, face) = chain.Select(f => (Family: f, Face: catalog.Find(f))).FirstOrDefault(m => m.Face is not null);
            faces[role] = face ?? throw new FontNotFoundException(Missing(role, chain, catalog));
            if (family != chain[0])
            {
                substitutions.Add(new FontSubstitution(role, chain[0], family, face));
            }
        }

        return new FontSelection(faces, substitutions);
    }

    private static string Missing(FontRole role, IReadOnlyList<string> chain, FontCatalog catalog)
    {
        var unusable = chain.Select(catalog.FindUnusable).FirstOrDefault(f => f is not null);
        var skipped = unusable is null ? "" : $"找到的“{unusable.Name}”（{unusable.Path}）不可用：{unusable.UnusableReason}。";
        return $"没有可用于{FontChains.RoleName(role)}的字体：依次查找了 {string.Join("、", chain)}，" +
               $"搜索位置：{string.Join("、", catalog.Searched.DefaultIfEmpty("（无）"))}。{skipped}" +
               "请安装 Debian 软件包 fonts-arphic-uming、fonts-arphic-ukai、fonts-wqy-zenhei，或用 --font-dir 指定含有这些字体（TrueType）的目录。";
    }
}
