namespace GovReportDocs.Model;

/// <summary>Where readers find the electronic version and whom they ask (the preamble quotes these).</summary>
public sealed record Contact(string? Address = null, string? Postcode = null, string? Phone = null, string? Website = null)
{
    /// <summary>No contact details given.</summary>
    public static Contact None { get; } = new();
}
