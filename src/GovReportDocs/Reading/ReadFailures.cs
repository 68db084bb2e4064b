using GovReportDocs.Files;
using GovReportDocs.Reading.Sources;

namespace GovReportDocs.Reading;

/// <summary>
/// What a source reader throws, said in Chinese with the file's name: a refusal (too large, encrypted, hostile) in its own
/// words, a damaged file or one of another kind as such — never a stack trace.
/// </summary>
internal static class ReadFailures
{
    /// <exception cref="ReportReadException">The read was refused, or the file is damaged or not of its form.</exception>
    public static PublishedReport Translate(string name, PublishedForm form, Func<PublishedReport> read)
    {
        try
        {
            return read();
        }
        catch (RefusedContentException e)
        {
            throw new ReportReadException(name, $"无法读取：{e.Message}");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or FormatException
                                      or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw new ReportReadException(name, $"无法读取：文件已损坏或不是{Spaced(form.Name)}");
        }
    }

    /// <exception cref="ReportReadException">The read was refused (<see cref="RefusedContentException"/>).</exception>
    public static PublishedReport Refusable(string name, Func<PublishedReport> read)
    {
        try
        {
            return read();
        }
        catch (RefusedContentException e)
        {
            throw new ReportReadException(name, $"无法读取：{e.Message}");
        }
    }

    /// <summary>A name that begins with a Latin word stands a space apart from the Chinese before it.</summary>
    private static string Spaced(string name) => char.IsAsciiLetter(name[0]) ? " " + name : name;
}
