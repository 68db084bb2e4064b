namespace GovReportDocs.Model;

/// <summary>The contract's names of the agency kinds, and what an agency's name says about its kind.</summary>
internal static class AgencyKinds
{
    private static readonly string[] StreetEndings = ["街道办事处", "街道"];
    private static readonly string[] XiangEndings = ["乡人民政府", "乡政府", "乡"];
    private static readonly string[] ZhenEndings = ["镇人民政府", "镇政府", "镇"];

    /// <summary>government, department or township, as the input file writes it.</summary>
    public static string Name(AgencyKind kind) => kind switch
    {
        AgencyKind.Government => "government",
        AgencyKind.Township => "township",
        _ => "department",
    };

    /// <summary>The kind an input file names; department when it names none.</summary>
    public static AgencyKind Parse(string? name) => name switch
    {
        "government" => AgencyKind.Government,
        "township" => AgencyKind.Township,
        _ => AgencyKind.Department,
    };

    /// <summary>What a diagnostic calls a kind: government（人民政府）.</summary>
    public static string Describe(AgencyKind kind) => kind switch
    {
        AgencyKind.Government => "government（人民政府）",
        AgencyKind.Township => "township（乡镇）",
        _ => "department（部门）",
    };

    /// <summary>Whether the name is that of a 乡, 镇 or 街道.</summary>
    public static bool NamesTownship(string agency) => TownshipUnit(agency) is not null;

    /// <summary>
    /// The kind a name suggests: 乡镇街道, else 人民政府 or a place's own name (平潭综合实验区, 某某县) or a 管委会's — the
    /// government of that place, whose report is due by 3月31日 — else a department. Published reports name no kind:
    /// check (R13) and import both take this one.
    /// </summary>
    public static AgencyKind Guess(string agency) =>
        NamesTownship(agency) ? AgencyKind.Township
        : agency.EndsWith("人民政府", StringComparison.Ordinal) || GovernmentEndings.Any(e => agency.EndsWith(e, StringComparison.Ordinal)) ? AgencyKind.Government
        : AgencyKind.Department;

    private static readonly string[] GovernmentEndings = ["管委会", "管理委员会", "区", "县", "市", "州", "盟", "旗", "省"];

    /// <summary>
    /// How the office names itself in running text: 本乡, 本镇 or 本街道 for a township (by its name; 本镇 when the name
    /// says neither), 本机关 otherwise.
    /// </summary>
    public static string SelfReference(string agency, AgencyKind kind) => kind switch
    {
        AgencyKind.Township => "本" + (TownshipUnit(agency) ?? "镇"),
        _ => "本机关",
    };

    /// <summary>乡, 镇 or 街道 when the name ends as one does, else null.</summary>
    private static string? TownshipUnit(string agency) =>
        StreetEndings.Any(e => agency.EndsWith(e, StringComparison.Ordinal)) ? "街道"
        : XiangEndings.Any(e => agency.EndsWith(e, StringComparison.Ordinal)) ? "乡"
        : ZhenEndings.Any(e => agency.EndsWith(e, StringComparison.Ordinal)) ? "镇"
        : null;
}
