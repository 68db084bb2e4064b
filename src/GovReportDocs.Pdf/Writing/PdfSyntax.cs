using System.Globalization;
using System.Text;

namespace GovReportDocs.Pdf.Writing;

/// <summary>How values are spelled in a PDF: numbers in the invariant culture, text strings in UTF-16, names escaped.</summary>
internal static class PdfSyntax
{
    /// <summary>A coordinate: four decimals are a hundredth of a pixel at 600 dpi.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 4);
        return (rounded == 0 ? 0 : rounded).ToString("0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Appends <see cref="Number"/>'s spelling without making a string: a page has thousands of coordinates.
    /// </summary>
    public static StringBuilder AppendNumber(this StringBuilder builder, double value)
    {
        var rounded = Math.Round(value, 4);
        return builder.Append(CultureInfo.InvariantCulture, $"{(rounded == 0 ? 0 : rounded):0.####}");
    }

    /// <summary>Appends <see cref="Scale"/>'s spelling without making a string.</summary>
    public static StringBuilder AppendScale(this StringBuilder builder, double value) =>
        builder.Append(CultureInfo.InvariantCulture, $"{Math.Round(value, 7):0.#######}");

    /// <summary>A horizontal scale: more digits, as it multiplies a whole line's width.</summary>
    public static string Scale(double value) => Math.Round(value, 7).ToString("0.#######", CultureInfo.InvariantCulture);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Reference(int number) => string.Create(CultureInfo.InvariantCulture, $"{number} 0 R");

    /// <summary>A text string readers show (titles, bookmarks): UTF-16BE with its byte order mark, in hex.</summary>
    public static string Text(string value) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    /// <summary>A name, with every byte outside the regular printable characters as #xx.</summary>
    public static string Name(string value)
    {
        var name = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is > 0x20 and < 0x7F && "#()<>[]{}/%".IndexOf((char)b, StringComparison.Ordinal) < 0)
            {
                name.Append((char)b);
            }
            else
            {
                name.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return name.ToString();
    }

    /// <summary>A date as PDF writes it: D:YYYYMMDDHHmmSS+00'00'.</summary>
    public static string Date(DateOnly date) =>
        "(D:" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000+00'00')";
}
