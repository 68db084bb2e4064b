using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using GovReportDocs.Reading.Sources;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// The graphics and text state of one page as <see cref="TextOperatorPage"/> runs its operators, and what the
/// page drew: letters kept as PdfPig's page reading keeps them (<see cref="PdfContentExtractor.Copy"/>), painted
/// straight strokes as rulings. Anything outside what it follows throws <see cref="UnreadContentException"/>.
/// </summary>
internal sealed class PageState(TextOperatorPage document, IReadOnlyList<DictionaryToken> resources, PageFrame frame)
{
    /// <summary>Text render mode 3: neither filled nor stroked (invisible text, as over a scanned image).</summary>
    private const int InvisibleText = 3;

    /// <summary>Text render mode 2: filled, then stroked (a bold made from a face without one).</summary>
    private const int FillThenStroke = 2;

    private sealed record Graphics(
        Matrix Ctm, double[] Fill, double[] Stroke, string? FontName, TextFont? Font, double FontSize,
        double CharSpacing, double WordSpacing, double Scaling, double Leading, double Rise, int RenderMode);

    private readonly Stack<Graphics> _saved = new();
    private readonly List<Operand> _operands = [];
    private readonly List<List<PathPart>> _subpaths = [];
    private Graphics _state = new(Matrix.Identity, [0], [0], null, null, 0, 0, 0, 100, 0, 0, 0);
    private Matrix _textMatrix = Matrix.Identity;
    private Matrix _lineMatrix = Matrix.Identity;
    private List<PathPart>? _subpath;
    private PdfPoint _current;
    private PdfPoint _start;

    public List<PdfGlyph> Glyphs { get; } = new(2048);

    public List<Ruling> Rulings { get; } = [];

    public void Run(byte[] content)
    {
        var lexer = new ContentLexer(content);
        while (lexer.Next(_operands) is { } op)
        {
            Apply(op);
        }
    }

    private void Apply(string op)
    {
        switch (op)
        {
            case "q":
                if (_saved.Count >= ReadingLimits.MaxPdfStateNesting)
                {
                    throw new UnreadContentException($"q nested deeper than {ReadingLimits.MaxPdfStateNesting}");
                }

                _saved.Push(_state);
                break;
            case "Q":
                if (_saved.Count > 0)
                {
                    _state = _saved.Pop();
                }

                break;
            case "cm": _state = _state with { Ctm = MatrixOperand().Then(_state.Ctm) }; break;

            case "BT" or "ET": _textMatrix = _lineMatrix = Matrix.Identity; break;
            case "Tf":
                var name = NameAt(0);
                _state = _state with { FontName = name, Font = document.Font(resources, name), FontSize = Number(1) };
                break;
            case "Tc": _state = _state with { CharSpacing = Number(0) }; break;
            case "Tw": _state = _state with { WordSpacing = Number(0) }; break;
            case "Tz": _state = _state with { Scaling = Number(0) }; break;
            case "TL": _state = _state with { Leading = Number(0) }; break;
            case "Ts": _state = _state with { Rise = Number(0) }; break;
            case "Tr": _state = _state with { RenderMode = (int)Number(0) }; break;
            case "Td": MoveLine(Number(0), Number(1)); break;
            case "TD":
                _state = _state with { Leading = -Number(1) };
                MoveLine(Number(0), Number(1));
                break;
            case "Tm": _textMatrix = _lineMatrix = MatrixOperand(); break;
            case "T*": MoveLine(0, -_state.Leading); break;
            case "Tj": Show(StringAt(0)); break;
            case "'":
                MoveLine(0, -_state.Leading);
                Show(StringAt(0));
                break;
            case "\"":
                _state = _state with { WordSpacing = Number(0), CharSpacing = Number(1) };
                MoveLine(0, -_state.Leading);
                Show(StringAt(2));
                break;
            case "TJ": ShowPositioned(); break;

            case "m": MoveTo(Point(0)); break;
            case "l": LineTo(Point(0)); break;
            case "c": CurveTo(Point(4)); break;
            case "v" or "y": CurveTo(Point(2)); break;
            case "re": Rectangle(); break;
            case "h": Close(); break;
            case "S": Paint(false, true, false); break;
            case "s": Paint(false, true, true); break;
            case "f" or "F" or "f*": Paint(true, false, false); break;
            case "B" or "B*": Paint(true, true, false); break;
            case "b" or "b*": Paint(true, true, true); break;
            case "n": _subpaths.Clear(); _subpath = null; break;
            case "W" or "W*": break;

            case "g": _state = _state with { Fill = Numbers(1) }; break;
            case "G": _state = _state with { Stroke = Numbers(1) }; break;
            case "rg": _state = _state with { Fill = Numbers(3) }; break;
            case "RG": _state = _state with { Stroke = Numbers(3) }; break;
            case "k": _state = _state with { Fill = Numbers(4) }; break;
            case "K": _state = _state with { Stroke = Numbers(4) }; break;
            case "cs": _state = _state with { Fill = InitialColour() }; break;
            case "CS": _state = _state with { Stroke = InitialColour() }; break;
            case "sc" or "scn": _state = _state with { Fill = Numbers(_state.Fill.Length) }; break;
            case "SC" or "SCN": _state = _state with { Stroke = Numbers(_state.Stroke.Length) }; break;

            case "Do":
                if (!document.IsImage(resources, NameAt(0)))
                {
                    throw new UnreadContentException("form XObject");
                }

                break;
            case "gs" or "w" or "J" or "j" or "M" or "d" or "ri" or "i" or "sh"
                or "BMC" or "BDC" or "EMC" or "MP" or "DP" or "BX" or "EX" or "d0" or "d1":
                break;
            default:
                throw new UnreadContentException("operator " + op);
        }
    }

    private void MoveLine(double x, double y) => _textMatrix = _lineMatrix = Matrix.Translation(x, y).Then(_lineMatrix);

    private void ShowPositioned()
    {
        if (_operands.Count != 1 || _operands[0].Items is not { } items)
        {
            throw new UnreadContentException("TJ");
        }

        foreach (var item in items)
        {
            if (item.Kind == OperandKind.Number)
            {
                var shift = -item.Number / 1000 * _state.FontSize;
                _textMatrix = (_state.Font is { IsVertical: true } ? Matrix.Translation(0, shift) : Matrix.Translation(shift * _state.Scaling / 100, 0)).Then(_textMatrix);
            }
            else
            {
                Show(item.Bytes ?? throw new UnreadContentException("TJ item"));
            }
        }
    }

    private void Show(byte[] bytes)
    {
        var font = _state.Font ?? throw new UnreadContentException("font " + _state.FontName);
        var step = font.TwoByteCodes ? 2 : 1;
        if (bytes.Length % step != 0)
        {
            throw new UnreadContentException("odd code bytes");
        }

        var (size, scaling, rise, ctm) = (_state.FontSize, _state.Scaling / 100, _state.Rise, _state.Ctm);
        var (top, bottom) = (ctm.Then(_textMatrix).Transform(0, size), ctm.Then(_textMatrix).Transform(0, 0));
        var pointSize = Math.Round(Math.Sqrt((top.X - bottom.X) * (top.X - bottom.X) + (top.Y - bottom.Y) * (top.Y - bottom.Y)), 2);
        for (var i = 0; i < bytes.Length; i += step)
        {
            var code = step == 2 ? bytes[i] << 8 | bytes[i + 1] : bytes[i];
            var text = font.Unicode(code) ?? throw new UnreadContentException("no Unicode");
            var width = (font.Width(code) ?? throw new UnreadContentException("no width")) / 1000;
            if (_state.RenderMode != InvisibleText && text.Length > 0)
            {
                // Vertical writing moves each glyph's origin as PdfPig does: by its position vector, in text space.
                var toPage = (font.IsVertical ? Matrix.Translation(-font.VerticalShift(code) / 1000, -font.Vertical.Position / 1000).Then(_textMatrix) : _textMatrix).Then(ctm);
                var start = toPage.Transform(0, rise);
                var end = toPage.Transform(width * size * scaling, rise);
                if (Math.Abs(start.Y - end.Y) < 1e-4 && start.X <= end.X)
                {
                    if (end.X <= start.X || pointSize <= 0)
                    {
                        // PdfPig falls back to the glyph's outline box here, which only the font program knows.
                        throw new UnreadContentException("zero-width letter");
                    }

                    frame.Keep(Glyphs, text, start.X, end.X, start.Y, pointSize, font.Name, stroked: _state.RenderMode == FillThenStroke);
                }
            }

            var spacing = code == ' ' && step == 1 ? _state.WordSpacing : 0;
            _textMatrix = (font.IsVertical
                ? Matrix.Translation(0, font.Vertical.Displacement / 1000 * size + _state.CharSpacing + spacing)
                : Matrix.Translation((width * size + _state.CharSpacing + spacing) * scaling, 0)).Then(_textMatrix);
        }
    }

    private void MoveTo(PdfPoint point)
    {
        _subpath = [new PathPart(PathPartKind.Move, point, point)];
        _subpaths.Add(_subpath);
        _current = _start = point;
    }

    private void LineTo(PdfPoint point)
    {
        (_subpath ?? throw new UnreadContentException("line without move")).Add(new PathPart(PathPartKind.Line, _current, point));
        _current = point;
    }

    private void CurveTo(PdfPoint end)
    {
        (_subpath ?? throw new UnreadContentException("curve without move")).Add(new PathPart(PathPartKind.Curve, _current, end));
        _current = end;
    }

    private void Rectangle()
    {
        var (x, y, w, h) = (Number(0), Number(1), Number(2), Number(3));
        var lowerLeft = _state.Ctm.Transform(x, y);
        var upperRight = _state.Ctm.Transform(x + w, y + h);
        MoveTo(lowerLeft);
        LineTo(new PdfPoint(upperRight.X, lowerLeft.Y));
        LineTo(upperRight);
        LineTo(new PdfPoint(lowerLeft.X, upperRight.Y));
        Close();
        _subpath = null;
    }

    private void Close()
    {
        if (_subpath is null)
        {
            return;
        }

        _subpath.Add(new PathPart(PathPartKind.Close, _current, _start));
        _current = _start;
    }

    private void Paint(bool fill, bool stroke, bool close)
    {
        if (close)
        {
            Close();
        }

        var filled = fill && !PaintColour.IsWhite(_state.Fill);
        var stroked = stroke && !PaintColour.IsWhite(_state.Stroke);
        if (filled || stroked)
        {
            foreach (var subpath in _subpaths)
            {
                PathRulings.Add(subpath, filled, stroked, Rulings, frame);
            }
        }

        _subpaths.Clear();
        _subpath = null;
    }

    private double[] InitialColour() => document.DeviceComponents(resources, NameAt(0)) switch
    {
        1 => [0],
        3 => [0, 0, 0],
        4 => [0, 0, 0, 1],
        _ => throw new UnreadContentException("colour space"),
    };

    private double[] Numbers(int count)
    {
        if (_operands.Count != count)
        {
            throw new UnreadContentException("colour operands");
        }

        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = Number(i);
        }

        return values;
    }

    private Matrix MatrixOperand() => new(Number(0), Number(1), Number(2), Number(3), Number(4), Number(5));

    private PdfPoint Point(int index) => _state.Ctm.Transform(Number(index), Number(index + 1));

    private double Number(int index) =>
        index < _operands.Count && _operands[index].Kind == OperandKind.Number ? _operands[index].Number : throw new UnreadContentException("operand");

    private string NameAt(int index) =>
        index < _operands.Count && _operands[index].Name is { } name ? name : throw new UnreadContentException("operand");

    private byte[] StringAt(int index) =>
        index < _operands.Count && _operands[index].Bytes is { } bytes ? bytes : throw new UnreadContentException("operand");
}

/// <summary>A PDF transformation matrix [a b c d e f], points as row vectors: (x, y) → (ax + cy + e, bx + dy + f).</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static Matrix Identity { get; } = new(1, 0, 0, 1, 0, 0);

    public static Matrix Translation(double x, double y) => new(1, 0, 0, 1, x, y);

    /// <summary>This transformation followed by <paramref name="next"/>.</summary>
    public Matrix Then(Matrix next) => new(
        A * next.A + B * next.C, A * next.B + B * next.D,
        C * next.A + D * next.C, C * next.B + D * next.D,
        E * next.A + F * next.C + next.E, E * next.B + F * next.D + next.F);

    public PdfPoint Transform(double x, double y) => new(A * x + C * y + E, B * x + D * y + F);
}
