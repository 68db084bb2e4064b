namespace GovReportDocs.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>The report would be rejected: a rule of the format is broken, or the input cannot be read.</summary>
    Error,

    /// <summary>Plausible but suspicious; a reviewer may ask about it.</summary>
    Warning,

    /// <summary>Worth a line in the report (R18); changes nothing else.</summary>
    Info,
}
