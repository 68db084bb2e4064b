namespace GovReportDocs.Cli;

/// <summary>What `govreport` returns, so scripts and platforms can branch on it (docs/exit-codes.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done; warnings allowed.</summary>
    public const int Ok = 0;

    /// <summary>A rule of the format is broken, or an input file has errors (unknown key, wrong type…).</summary>
    public const int RuleBroken = 1;

    /// <summary>A file cannot be read at all (missing, undecodable, not YAML/JSON or not a report), or the call is wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>A fault of govreport itself; the message asks for a bug report.</summary>
    public const int InternalError = 3;
}
