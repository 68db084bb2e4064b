using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovReportDocs.Xlsx;

/// <summary>The workbook's style sheet: one cell format per <see cref="XlsxStyle"/>, at the index of its value.</summary>
internal static class XlsxStyles
{
    private const uint DateFormat = 164;

    public static Stylesheet Build()
    {
        var fonts = new Fonts(
            Font(bold: false, size: 11),
            Font(bold: true, size: 11),
            Font(bold: true, size: 14));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()));
        var formats = new CellFormats();
        foreach (var style in Enum.GetValues<XlsxStyle>())
        {
            formats.Append(Format(style));
        }

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
            fonts, fills, borders,
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static CellFormat Format(XlsxStyle style)
    {
        var (font, border, numberFormat, horizontal) = style switch
        {
            XlsxStyle.Plain => (0u, 0u, 0u, (HorizontalAlignmentValues?)null),
            XlsxStyle.Header => (1u, 1u, 0u, HorizontalAlignmentValues.Center),
            XlsxStyle.Text => (0u, 1u, 49u, HorizontalAlignmentValues.Left),
            XlsxStyle.Date => (0u, 1u, DateFormat, HorizontalAlignmentValues.Center),
            XlsxStyle.Count => (0u, 1u, 1u, HorizontalAlignmentValues.Center),
            XlsxStyle.Amount => (0u, 1u, 0u, HorizontalAlignmentValues.Center),
            XlsxStyle.Label => (0u, 1u, 0u, HorizontalAlignmentValues.Left),
            XlsxStyle.Title => (2u, 0u, 0u, HorizontalAlignmentValues.Center),
            XlsxStyle.Percent => (0u, 1u, 10u, HorizontalAlignmentValues.Center),
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
        };
        var format = new CellFormat
        {
            FontId = font,
            FillId = 0,
            BorderId = border,
            FormatId = 0,
            NumberFormatId = numberFormat,
            ApplyFont = font != 0 ? true : null,
            ApplyBorder = border != 0 ? true : null,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
        };
        if (horizontal is { } h)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment { Horizontal = h, Vertical = VerticalAlignmentValues.Center, WrapText = style != XlsxStyle.Title });
        }

        return format;
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = "宋体" });
        font.Append(new FontCharSet { Val = 134 });
        return font;
    }

    private static T Thin<T>()
        where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };
}
