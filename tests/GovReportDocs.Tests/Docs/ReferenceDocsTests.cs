using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovReportDocs.NationalFormat;
using GovReportDocs.Input;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;
using GovReportDocs.Validation;

namespace GovReportDocs.Tests.Docs;

/// <summary>
/// Keeps the reference under docs/ in step with the code it describes: the table labels, the input keys, the
/// rule numbers, and the links between the pages.
/// </summary>
public partial class ReferenceDocsTests
{
    private static string DocsFolder => Path.Combine(RepoPaths.Root, "docs");

    private static string ReadDoc(string name) => File.ReadAllText(Path.Combine(DocsFolder, name));

    [Fact]
    public void Every_table_label_is_in_format_md_as_a_code_span()
    {
        var format = ReadDoc("format.md");
        var labels = ReportTables.All.SelectMany(t => t.Labels).Distinct().ToList();

        labels.Count.ShouldBeGreaterThan(60);
        labels.Where(label => !format.Contains($"`{label}`", StringComparison.Ordinal))
            .ShouldBeEmpty("labels of the table descriptions missing from docs/format.md");
    }

    [Fact]
    public void Every_key_path_of_the_input_contract_is_in_input_md()
    {
        var input = ReadDoc("input.md");
        var paths = KeyPaths(InputContract.Root, "").ToList();

        paths.ShouldContain("applications.denied.threeSecurityOneStability");
        paths.ShouldContain("otherMatters.fees.collectedYuan");
        paths.Where(path => !input.Contains($"`{path}`", StringComparison.Ordinal))
            .ShouldBeEmpty("input keys missing from docs/input.md");
    }

    [Fact]
    public void Each_catalogue_rule_has_one_section_with_its_number_and_name_and_no_section_is_without_a_rule()
    {
        var sections = Headings(ReadDoc("rules.md")).Where(h => RuleHeading().IsMatch(h)).ToList();

        sections.ShouldBe(RuleCatalogue.All.Select(r => sections.SingleOrDefault(h => h.StartsWith($"{r.Id} {r.Name} — ", StringComparison.Ordinal))
            ?? $"(no heading “## {r.Id} {r.Name} — …”)").ToList());
    }

    [Fact]
    public void The_table_of_rules_md_lists_the_catalogue_with_its_severity_and_whether_last_year_is_needed()
    {
        var rows = ReadDoc("rules.md").Split('\n').Select(l => RuleRow().Match(l)).Where(m => m.Success).ToList();

        rows.Select(m => m.Groups["id"].Value).ShouldBe(RuleCatalogue.All.Select(r => r.Id));
        foreach (var (row, rule) in rows.Zip(RuleCatalogue.All))
        {
            var cells = row.Value.Split('|').Select(c => c.Trim()).ToList();
            cells[3].ShouldStartWith(rule.Severity.ToString().ToLowerInvariant(), Case.Sensitive, rule.Id);
            (cells[5] == "with `--previous`").ShouldBe(rule.NeedsPreviousYear, rule.Id);
        }
    }

    [Fact]
    public void Every_relative_link_leads_to_an_existing_file_and_heading()
    {
        var pages = Directory.GetFiles(DocsFolder, "*.md").Append(Path.Combine(RepoPaths.Root, "README.md")).ToList();
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var page in pages)
        {
            foreach (var target in RelativeLinks(File.ReadAllText(page)))
            {
                checkedLinks++;
                var hash = target.IndexOf('#');
                var file = hash < 0 ? target : target[..hash];
                var anchor = hash < 0 ? "" : target[(hash + 1)..];
                var resolved = file.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(file)));
                var where = $"{Path.GetRelativePath(RepoPaths.Root, page)} → {target}";
                if (!File.Exists(resolved) && !Directory.Exists(resolved))
                {
                    broken.Add($"{where}: no such file");
                }
                else if (anchor.Length > 0 && (!resolved.EndsWith(".md", StringComparison.Ordinal) || !Anchors(File.ReadAllText(resolved)).Contains(anchor)))
                {
                    broken.Add($"{where}: no such heading");
                }
            }
        }

        checkedLinks.ShouldBeGreaterThan(20);
        broken.ShouldBeEmpty();
    }

    [Fact]
    public void The_header_of_written_input_files_names_the_input_reference()
    {
        var header = YamlInputWriter.Write(AnnualReport.Empty("某某县某某局", 2024), comments: true).Split('\n')[0];

        var named = ReferenceInHeader().Match(header);
        named.Success.ShouldBeTrue(header);
        named.Groups["path"].Value.ShouldBe("docs/input.md");
        File.Exists(Path.Combine(RepoPaths.Root, named.Groups["path"].Value)).ShouldBeTrue();
    }

    private static IEnumerable<string> KeyPaths(ObjectShape shape, string prefix)
    {
        foreach (var field in shape.Fields)
        {
            var path = prefix.Length == 0 ? field.Key : $"{prefix}.{field.Key}";
            yield return path;
            if (field.Shape is ObjectShape nested)
            {
                foreach (var child in KeyPaths(nested, path))
                {
                    yield return child;
                }
            }
        }
    }

    /// <summary>Heading texts, outside fenced code (where a YAML comment would look like one).</summary>
    private static IEnumerable<string> Headings(string markdown) =>
        OutsideFences(markdown).Select(line => HeadingLine().Match(line)).Where(m => m.Success).Select(m => m.Groups["text"].Value.Trim());

    /// <summary>The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered.</summary>
    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>();
        foreach (var heading in Headings(markdown))
        {
            var slug = new StringBuilder();
            foreach (var c in heading.ToLowerInvariant())
            {
                if (c == ' ')
                {
                    slug.Append('-');
                }
                else if (char.IsLetterOrDigit(c) || c is '-' or '_'
                         || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                {
                    slug.Append(c);
                }
            }

            var anchor = slug.ToString();
            for (var n = 1; !anchors.Add(anchor); n++)
            {
                anchor = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    /// <summary>Link targets without a scheme, outside code (fenced blocks and inline spans).</summary>
    private static IEnumerable<string> RelativeLinks(string markdown)
    {
        var text = InlineCode().Replace(string.Join("\n", OutsideFences(markdown)), "");
        return MarkdownLink().Matches(text).Select(m => m.Groups["target"].Value).Where(t => !Scheme().IsMatch(t));
    }

    private static IEnumerable<string> OutsideFences(string markdown)
    {
        var inFence = false;
        foreach (var line in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (!inFence)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"^R\d+\b")]
    private static partial Regex RuleHeading();

    [GeneratedRegex(@"^\| \[(?<id>R\d+)\]\(#[^)]+\) \|.*\|$")]
    private static partial Regex RuleRow();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\[[^\]\n]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"格式见 (?<path>[^；\s]+)；")]
    private static partial Regex ReferenceInHeader();
}
