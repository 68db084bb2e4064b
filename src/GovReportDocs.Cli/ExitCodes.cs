namespace GovReportDocs.Cli;

/// <summary>What `govreport` returns, so scripts and platforms can branch on it.</summary>
internal static class ExitCodes
{
    /// <summary>Done; warnings allowed.</summary>
    public const int Ok = 0;

    /// <summary>A rule of the format is broken.</summary>
    public const int RuleBroken = 1;

    /// <summary>The input cannot be read, or the call is wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>A fault of govreport itself; the message asks for a bug report.</summary>
    public const int InternalError = 3;
}
