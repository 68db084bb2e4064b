namespace GovReportDocs.Model;

/// <summary>One 第二十条第（一）项 row: documents made and repealed this year, and those in force at year end.</summary>
public sealed record DocumentCounts(int Issued, int Repealed, int InForce)
{
    /// <summary>Nothing made, repealed or in force.</summary>
    public static DocumentCounts Zero { get; } = new(0, 0, 0);
}
