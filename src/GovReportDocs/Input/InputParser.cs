using GovReportDocs.Diagnostics;
using GovReportDocs.Files;

namespace GovReportDocs.Input;

/// <summary>
/// Reads an input file's text (docs/input.md) in YAML or JSON into the model, with every problem located.
/// Touches no file: following <c>previousYear</c> is the caller's decision.
/// </summary>
internal static class InputParser
{
    /// <summary>The syntax a file's extension names, or null when it names none.</summary>
    public static InputFormat? FormatOf(string path) => InputForms.Of(path);

    /// <summary>Decodes the bytes of an input file (UTF-8, UTF-16, GB18030) and reads them.</summary>
    public static LoadedInput Decode(byte[] bytes, string file, InputFormat format)
    {
        try
        {
            return Parse(TextDecoding.Decode(bytes, file).Text, file, format);
        }
        catch (ReportReadException e)
        {
            return LoadedInput.Unreadable(file, e.Message);
        }
    }

    public static LoadedInput Parse(string text, string file, InputFormat format)
    {
        InputNode? root;
        try
        {
            root = format == InputFormat.Json ? JsonTreeReader.Read(text) : YamlTreeReader.Read(text);
        }
        catch (InputSyntaxException e)
        {
            return LoadedInput.Unreadable(file, e.Message, e.Mark.Line, e.Mark.Column);
        }

        var binder = new InputBinder(file);
        var bound = binder.BindRoot(root);
        if (bound is null)
        {
            return new LoadedInput(file, null, binder.Diagnostics, IsUnreadable: false);
        }

        var report = ReportAssembler.Assemble(bound);
        return new LoadedInput(file, report, binder.Diagnostics, IsUnreadable: false)
        {
            Sheet = binder.SheetOf(report),
            BlankFields = binder.BlankFields,
            Locations = binder.Locations,
        };
    }
}
