namespace GovReportDocs.Model;

/// <summary>The contract's names of the agency kinds, and what an agency's name says about its kind.</summary>
public static class AgencyKinds
{
    private static readonly string[] TownshipEndings = ["镇人民政府", "乡人民政府", "街道办事处", "镇政府", "乡政府", "镇", "乡", "街道"];

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

    /// <summary>Whether the name is that of a 乡, 镇 or 街道.</summary>
    public static bool NamesTownship(string agency) => TownshipEndings.Any(agency.EndsWith);

    /// <summary>The kind a name suggests: 乡镇街道, else 人民政府, else a department.</summary>
    public static AgencyKind Guess(string agency) =>
        NamesTownship(agency) ? AgencyKind.Township : agency.EndsWith("人民政府") ? AgencyKind.Government : AgencyKind.Department;
}
