
namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// Finds tables among a page's strokes. Borders are drawn many ways — one rectangle per cell (our renderer),
/// one line per border (LibreOffice), thin filled bars (Word), doubled strokes — so collinear pieces are first
/// merged; touching horizontal and vertical lines then form a table; every border position cuts the table into
/// a grid, and grid positions with no border between them are one cell.
/// </summary>
internal static class RuledTableFinder
{
    /// <summary>Strokes this close are the same border (doubled lines, rounding of positions).</summary>
    private const double Tolerance = 2;

    /// <summary>A grid larger than any report table is a drawing, not a table.</summary>
    private const int MaxGridPositions = 20_000;

    /// <summary>More lines than this in one direction is a drawing (or a hostile file), not a page of tables.</summary>
    private const int MaxLines = 500;

    public static List<RuledTable> Find(IReadOnlyList<Ruling> rulings)
    {
        var horizontals = Merge(rulings.Where(r => r.IsHorizontal).ToList());
        var verticals = Merge(rulings.Where(r => !r.IsHorizontal).ToList());
        var tables = new List<RuledTable>();
        if (horizontals.Count < 2 || verticals.Count < 2 || horizontals.Count > MaxLines || verticals.Count > MaxLines)
        {
            return tables;
        }

        var groups = new UnionFind(horizontals.Count + verticals.Count);
        for (var h = 0; h < horizontals.Count; h++)
        {
            for (var v = 0; v < verticals.Count; v++)
            {
                if (Touch(horizontals[h], verticals[v]))
                {
                    groups.Union(h, horizontals.Count + v);
                }
            }
        }

        foreach (var members in Enumerable.Range(0, horizontals.Count + verticals.Count).GroupBy(groups.Find))
        {
            var h = members.Where(i => i < horizontals.Count).Select(i => horizontals[i]).ToList();
            var v = members.Where(i => i >= horizontals.Count).Select(i => verticals[i - horizontals.Count]).ToList();
            if (h.Count >= 2 && v.Count >= 2 && Table(h, v) is { } table)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    private static bool Touch(Ruling horizontal, Ruling vertical) =>
        vertical.At >= horizontal.From - Tolerance && vertical.At <= horizontal.To + Tolerance
        && horizontal.At >= vertical.From - Tolerance && horizontal.At <= vertical.To + Tolerance;

    /// <summary>Joins collinear pieces that overlap or meet into one line each.</summary>
    private static List<Ruling> Merge(List<Ruling> rulings)
    {
        rulings.Sort(static (a, b) => a.At.CompareTo(b.At));
        var merged = new List<Ruling>();
        var start = 0;
        while (start < rulings.Count)
        {
            var end = start + 1;
            while (end < rulings.Count && rulings[end].At - rulings[start].At <= Tolerance)
            {
                end++;
            }

            var line = rulings.GetRange(start, end - start);
            var at = line.Average(r => r.At);
            line.Sort(static (a, b) => a.From.CompareTo(b.From));
            var current = line[0] with { At = at };
            foreach (var piece in line.Skip(1))
            {
                if (piece.From <= current.To + Tolerance)
                {
                    current = current with { To = Math.Max(current.To, piece.To) };
                }
                else
                {
                    merged.Add(current);
                    current = piece with { At = at };
                }
            }

            merged.Add(current);
            start = end;
        }

        return merged;
    }

    private static RuledTable? Table(List<Ruling> horizontals, List<Ruling> verticals)
    {
        // A side drawn open still bounds the table where the other lines end.
        var xs = Positions(verticals.Select(v => v.At).Append(horizontals.Min(h => h.From)).Append(horizontals.Max(h => h.To)));
        var ys = Positions(horizontals.Select(h => h.At).Append(verticals.Min(v => v.From)).Append(verticals.Max(v => v.To)));
        var (rows, columns) = (ys.Length - 1, xs.Length - 1);
        if (rows < 1 || columns < 1 || rows * columns > MaxGridPositions)
        {
            return null;
        }

        var byColumnEdge = Enumerable.Range(0, xs.Length).Select(_ => new List<Ruling>()).ToArray();
        foreach (var v in verticals)
        {
            byColumnEdge[Nearest(xs, v.At)].Add(v);
        }

        var byRowEdge = Enumerable.Range(0, ys.Length).Select(_ => new List<Ruling>()).ToArray();
        foreach (var h in horizontals)
        {
            byRowEdge[Nearest(ys, h.At)].Add(h);
        }

        var cells = new UnionFind(rows * columns);
        for (var r = 0; r < rows; r++)
        {
            var middleY = (ys[r] + ys[r + 1]) / 2;
            for (var c = 0; c < columns; c++)
            {
                var middleX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns && !byColumnEdge[c + 1].Any(v => v.From - Tolerance <= middleY && middleY <= v.To + Tolerance))
                {
                    cells.Union(r * columns + c, r * columns + c + 1);
                }

                if (r + 1 < rows && !byRowEdge[r + 1].Any(h => h.From - Tolerance <= middleX && middleX <= h.To + Tolerance))
                {
                    cells.Union(r * columns + c, (r + 1) * columns + c);
                }
            }
        }

        var cellAt = new int[rows, columns];
        var drawn = new List<DrawnCell>();
        var index = new Dictionary<int, int>();
        var bounds = new Dictionary<int, (int Top, int Left, int Bottom, int Right)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var root = cells.Find(r * columns + c);
                bounds[root] = bounds.TryGetValue(root, out var b)
                    ? (Math.Min(b.Top, r), Math.Min(b.Left, c), Math.Max(b.Bottom, r), Math.Max(b.Right, c))
                    : (r, c, r, c);
            }
        }

        if (bounds.Count < 2)
        {
            return null;
        }

        foreach (var (root, b) in bounds.OrderBy(p => p.Value.Top).ThenBy(p => p.Value.Left))
        {
            index[root] = drawn.Count;
            drawn.Add(new DrawnCell(b.Top, b.Left, xs[b.Left], ys[b.Top], xs[b.Right + 1], ys[b.Bottom + 1]));
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                cellAt[r, c] = index[cells.Find(r * columns + c)];
            }
        }

        return new RuledTable(xs, ys, cellAt, drawn);
    }

    /// <summary>Distinct positions, ascending, those within the tolerance taken as one.</summary>
    private static double[] Positions(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var positions = new List<double>();
        var start = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i == sorted.Count || sorted[i] - sorted[start] > Tolerance)
            {
                positions.Add(sorted.Skip(start).Take(i - start).Average());
                start = i;
            }
        }

        return [.. positions];
    }

    private static int Nearest(double[] positions, double value)
    {
        var best = 0;
        for (var i = 1; i < positions.Length; i++)
        {
            if (Math.Abs(positions[i] - value) < Math.Abs(positions[best] - value))
            {
                best = i;
            }
        }

        return best;
    }

    private sealed class UnionFind
    {
        private readonly int[] _parent;

        public UnionFind(int count) => _parent = Enumerable.Range(0, count).ToArray();

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        public void Union(int a, int b) => _parent[Find(a)] = Find(b);
    }
}
