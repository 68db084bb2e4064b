using System.Text.Json;
using GovReportDocs.Diagnostics;
using GovReportDocs.Files;
using GovReportDocs.NationalFormat;
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
    /// <summary>The text to write, and whether comments of the file on disk are lost by writing it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="document">What is saved, as the library read it: its report, and the cells left blank (a draft keeps them blank).</param>
    /// <param name="values">The editor's values (a JSON file is written from them).</param>
    /// <param name="options">How the file is read back.</param>
    public static (string Text, bool CommentsLost) Of(string path, ReportDocument document, IReadOnlyDictionary<string, JsonElement> values, ReportOptions options)
    {
        if (GovReport.InputFormatOf(path) == InputFormat.Json)
        {
            return (FormValues.ToInputJson(values, indented: true), false);
        }

        var report = document.Report!;
        var blank = BlankOf(document);
        var rewritten = YamlInputWriter.Write(report, comments: true, blank, document.BlankFields);
        if (Read(path) is not { } original)
        {
            return (rewritten, false);
        }

        var meant = YamlInputWriter.Write(report, comments: false, blank, document.BlankFields);
        if (YamlValueEdit.Apply(original, meant) is { } edited && ReadsAs(edited, path, meant, options))
        {
            return (edited, false);
        }

        return (rewritten, !YamlValueEdit.Comments(original).IsSubsetOf(YamlValueEdit.Comments(rewritten)));
    }

    /// <summary>Whether a text reads back, without an input error, to the very report that is being saved.</summary>
    private static bool ReadsAs(string text, string path, string meant, ReportOptions options)
    {
        var reread = GovReport.Parse(text, path, InputFormat.Yaml, options);
        return reread.Report is { } read
               && !reread.Diagnostics.Any(d => d.Rule == RuleIds.Input && d.Severity == Severity.Error)
               && YamlInputWriter.Write(read, comments: false, BlankOf(reread), reread.BlankFields) == meant;
    }

    /// <summary>The entered numbers a document leaves blank.</summary>
    public static IReadOnlyList<Datum> BlankOf(ReportDocument document) =>
        document.Sheet is { } sheet ? [.. FormCells.Entered.Where(d => sheet[d] is null)] : [];

    /// <summary>The file as text, decoded as input files are read, or null when it cannot be read (then it is written anew).</summary>
    private static string? Read(string path)
    {
        try
        {
            return TextDecoding.Decode(BoundedFile.ReadAllBytes(path, Limits.MaxInputBytes), path).Text;
        }
        catch (ReportReadException)
        {
            return null;
        }
    }
}
