using System.Text;
using System.Text.Json;
using GovReportDocs.Diagnostics;
using GovReportDocs.Input;
using GovReportDocs.Model;

namespace GovReportDocs.Web;

/// <summary>
/// The text a save writes. A YAML file keeps what the office wrote around the values — its comments
/// (<c># 联系人请勿改动</c>), blank lines and key order — when the changed values can be written in place and the
/// result reads back to exactly the report being saved; otherwise the whole file is written anew from the report, and
/// the editor is told which comments that loses. A JSON file is written as JSON.
/// </summary>
internal static class SavedInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text to write, and whether comments of the file on disk are lost by writing it.</summary>
    public static (string Text, bool CommentsLost) Of(string path, AnnualReport report, IReadOnlyDictionary<string, JsonElement> values, ReportOptions options)
    {
        if (GovReport.InputFormatOf(path) == InputFormat.Json)
        {
            return (FormValues.ToInputJson(values, indented: true), false);
        }

        var rewritten = GovReport.ToInputYaml(report);
        if (Read(path) is not { } original)
        {
            return (rewritten, false);
        }

        if (YamlValueEdit.Apply(original, GovReport.ToInputYaml(report, comments: false)) is { } edited
            && ReadsAs(edited, path, report, options))
        {
            return (edited, false);
        }

        return (rewritten, !YamlValueEdit.Comments(original).IsSubsetOf(YamlValueEdit.Comments(rewritten)));
    }

    /// <summary>Whether a text reads back, without an input error, to the very report that is being saved.</summary>
    private static bool ReadsAs(string text, string path, AnnualReport report, ReportOptions options)
    {
        var reread = GovReport.Parse(text, path, InputFormat.Yaml, options);
        return reread.Report is { } read
               && !reread.Diagnostics.Any(d => d.Rule == RuleIds.Input && d.Severity == Severity.Error)
               && GovReport.ToInputYaml(read, comments: false) == GovReport.ToInputYaml(report, comments: false);
    }

    /// <summary>The file as text, or null when it is missing, too large or not UTF-8 (then it is written anew).</summary>
    private static string? Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > Limits.MaxInputBytes)
            {
                return null;
            }

            var text = StrictUtf8.GetString(File.ReadAllBytes(path));
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
