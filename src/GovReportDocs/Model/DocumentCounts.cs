namespace GovReportDocs.Model;

/// <summary>One 第二十条第（一）项 row: documents made and repealed this year, and those in force at year end.</summary>
public sealed record DocumentCounts(int Issued, int Repealed, int InForce)
{
    private readonly int _issued = Counts.Checked(Issued, nameof(Issued));

    /// <summary>本年制发件数.</summary>
    public int Issued { get => _issued; init => _issued = Counts.Checked(value, nameof(Issued)); }

    private readonly int _repealed = Counts.Checked(Repealed, nameof(Repealed));

    /// <summary>本年废止件数.</summary>
    public int Repealed { get => _repealed; init => _repealed = Counts.Checked(value, nameof(Repealed)); }

    private readonly int _inForce = Counts.Checked(InForce, nameof(InForce));

    /// <summary>现行有效件数.</summary>
    public int InForce { get => _inForce; init => _inForce = Counts.Checked(value, nameof(InForce)); }

    /// <summary>Nothing made, repealed or in force.</summary>
    public static DocumentCounts Zero { get; } = new(0, 0, 0);
}
