using System.Globalization;
using System.Text;

namespace GovReportDocs.Tests.Support;

/// <summary>Binary PGM images (P5, 8 bits), as poppler's <c>pdftoppm -gray</c> writes them, one after another in a buffer.</summary>
internal static class Pgm
{
    /// <summary>One image: its size, its grey pixels row by row, and its own bytes (header included).</summary>
    public sealed record Image(int Width, int Height, byte[] Pixels, byte[] Bytes);

    public static List<Image> ReadAll(byte[] bytes)
    {
        var images = new List<Image>();
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(bytes, start, position - start);
        }

        while (position < bytes.Length)
        {
            var start = position;
            Token().ShouldBe("P5");
            var width = int.Parse(Token(), CultureInfo.InvariantCulture);
            var height = int.Parse(Token(), CultureInfo.InvariantCulture);
            Token();
            position++;
            var pixels = bytes[position..(position + (width * height))];
            position += width * height;
            images.Add(new Image(width, height, pixels, bytes[start..position]));
        }

        return images;
    }
}
