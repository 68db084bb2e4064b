namespace GovReportDocs.Tests.Web;

/// <summary>
/// Browser tests run by themselves, after the parallel ones: chromium and the server share two cores with the PDF
/// and LibreOffice tests otherwise, and a page that waits its turn for minutes is not a failure of the page.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserTestsRunAlone
{
    public const string Name = "browser";
}
