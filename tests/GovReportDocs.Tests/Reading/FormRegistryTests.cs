using System.Text.RegularExpressions;
using GovReportDocs.Input;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Sources;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>The lists of forms users read all come from the registries; the web's static pages are held to them here.</summary>
public partial class FormRegistryTests
{
    private static readonly string Assets = Path.Combine(RepoPaths.Root, "src", "GovReportDocs.Web", "Assets");

    [Fact]
    public void The_registries_list_the_forms_in_the_order_users_are_told_them()
    {
        FileForms.Published.ShouldBe(".txt、.md、.html、.docx、.pdf");
        FileForms.Input.ShouldBe(".yaml、.yml、.json");
        PublishedForms.ListedOr.ShouldBe(".txt、.md、.html、.docx 或 .pdf");
        InputForms.ListedOr.ShouldBe(".yaml、.yml 或 .json");
    }

    [Theory]
    [InlineData("a.TXT", PublishedFormat.Text)]
    [InlineData("a.text", PublishedFormat.Text)]
    [InlineData("a.markdown", PublishedFormat.Markdown)]
    [InlineData("a.htm", PublishedFormat.Html)]
    [InlineData("a.docx", PublishedFormat.Docx)]
    [InlineData("a.Pdf", PublishedFormat.Pdf)]
    public void Every_extension_names_its_form(string path, PublishedFormat format) => GovReport.PublishedFormatOf(path).ShouldBe(format);

    [Theory]
    [InlineData("a.odt")]
    [InlineData("a.doc")]
    [InlineData("a")]
    public void Other_files_are_no_published_form(string path) => GovReport.PublishedFormatOf(path).ShouldBeNull();

    [Fact]
    public void The_web_pages_upload_fields_accept_exactly_the_published_forms()
    {
        var accepts = Directory.GetFiles(Assets, "*.html").SelectMany(f => Accept().Matches(File.ReadAllText(f)))
            .Select(m => m.Groups["list"].Value).Where(l => l.Contains(".pdf", StringComparison.Ordinal)).ToList();
        accepts.Count.ShouldBe(2, "check.html and index.html");
        accepts.ShouldAllBe(a => a == PublishedForms.Accept);
    }

    [Fact]
    public void The_web_pages_name_the_forms_as_the_registries_do()
    {
        var lists = Directory.GetFiles(Assets, "*.html").SelectMany(f => FormList().Matches(File.ReadAllText(f))).Select(m => m.Value).ToList();
        lists.ShouldNotBeEmpty();
        lists.ShouldAllBe(l => l == FileForms.Published || l == FileForms.Input);
    }

    [GeneratedRegex(@"accept=""(?<list>[^""]*)""")]
    private static partial Regex Accept();

    /// <summary>A list of two or more extensions as Chinese prose writes it.</summary>
    [GeneratedRegex(@"\.[a-z]+(、\.[a-z]+)+")]
    private static partial Regex FormList();
}
