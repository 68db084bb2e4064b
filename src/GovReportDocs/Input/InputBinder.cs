using System.Globalization;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Validation;

namespace GovReportDocs.Input;

/// <summary>
/// Checks an input tree against the contract and types its values. Collects every problem rather than stopping at
/// the first, each with file, line, column and key path; what is valid is bound, so the rules can still look at it.
/// </summary>
internal sealed class InputBinder(string file)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, SourceLocation> _locations = [];
    private readonly HashSet<Datum> _missing = [];
    private readonly HashSet<string> _blankFields = new(StringComparer.Ordinal);

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The key paths of the numbers outside the tables given blank (the 信息处理费 not filled in yet).</summary>
    public IReadOnlySet<string> BlankFields => _blankFields;

    /// <summary>Where each key path stands in the file.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations => _locations;

    /// <summary>
    /// The table numbers as entered, given the model assembled from what was bound: a number that was not given or
    /// could not be used is missing here (and so is each total over it), where the model counts it as 0.
    /// </summary>
    public StatisticsSheet SheetOf(AnnualReport report) => StatisticsSheet.FromReport(report).WithMissing(_missing);

    public BoundObject? BindRoot(InputNode? root)
    {
        if (root is null)
        {
            Error(new Mark(1, 1), "", "文件为空：应为包含 agency、year 等键的对象");
            return null;
        }

        return BindObject(root, InputContract.Root, "");
    }

    private BoundObject? BindObject(InputNode node, ObjectShape shape, string path)
    {
        if (node is not MappingNode mapping)
        {
            Error(node.Start, path, $"应为对象（键: 值），实际为{node.KindName}");
            return null;
        }

        var bound = new BoundObject();
        var seen = new HashSet<string>();
        var blankFees = new List<(Field Field, Mark At, string Path)>();
        foreach (var entry in mapping.Entries)
        {
            var entryPath = Join(path, entry.Key);
            if (!seen.Add(entry.Key))
            {
                Error(entry.KeyMark, entryPath, $"重复的键“{entry.Key}”");
                continue;
            }

            if (shape.Find(entry.Key) is not { } field)
            {
                var known = shape.Fields.Select(f => f.Key).ToList();
                var suggestion = KeySuggestion.Closest(entry.Key, known) is { } closest ? $"，是否应为“{closest}”？" : "";
                Error(entry.KeyMark, entryPath, $"未知的键“{entry.Key}”{suggestion}（此处可用的键：{string.Join("、", known)}）");
                continue;
            }

            _locations[entryPath] = Locate(entry.KeyMark, entryPath);
            var isNull = entry.Value is ScalarNode { Kind: ScalarKind.Null };
            var value = isNull ? null : Bind(entry.Value, field.Shape, entryPath, entry.KeyMark);
            if (value is null)
            {
                Unbound(entryPath);
                if (isNull && field.MissingRule == RuleIds.R8)
                {
                    blankFees.Add((field, entry.KeyMark, entryPath));
                }
                else if (isNull && (field.Required || field.MissingRule is not null))
                {
                    Missing(field, entry.KeyMark, entryPath, "为空");
                }
            }

            bound.Set(entry.Key, value);
        }

        // Said once the whole fee statement is known: beside a fee that was charged, a blank would print as 0.
        var charged = blankFees.Count > 0 && shape.Fields.Any(f => f.MissingRule == RuleIds.R8 && bound.IsAboveZero(f.Key));
        foreach (var (field, at, blankPath) in blankFees)
        {
            BlankFee(field, at, blankPath, charged);
        }

        foreach (var field in shape.Fields.Where(f => f.Required && !seen.Contains(f.Key)))
        {
            Unbound(Join(path, field.Key));
            Missing(field, mapping.Start, Join(path, field.Key), "缺失");
        }

        return bound;
    }

    private object? Bind(InputNode node, Shape shape, string path, Mark keyMark) => shape switch
    {
        ObjectShape objectShape => BindObject(node, objectShape, path),
        TextShape text => Text(node, path, text.SingleLine),
        TextListShape => TextList(node, path),
        CountShape => Count(node, path, ""),
        AmountShape amount => Amount(node, path, amount.MaxDecimals),
        YearShape => Year(node, path),
        DateShape => Date(node, path),
        ChoiceShape choice => Choice(node, path, choice),
        ApplicantRowShape => ApplicantRow(node, path, keyMark),
        _ => throw new InvalidOperationException($"no binder for {shape.GetType().Name}"),
    };

    private string? Text(InputNode node, string path, bool singleLine)
    {
        if (node is not ScalarNode { Kind: not ScalarKind.Null } scalar)
        {
            Error(node.Start, path, $"应为文本，实际为{node.KindName}");
            return null;
        }

        return CheckedText(scalar.Text, node.Start, path, singleLine);
    }

    /// <summary>
    /// Text as it may be printed: Word's manual line break (U+000B, pasted along with the text) becomes a line
    /// break; any other control character, or a line break in a one-line value, is an error naming where it is.
    /// </summary>
    private string? CheckedText(string text, Mark at, string path, bool singleLine)
    {
        text = text.Replace('\v', '\n').Replace('\f', '\n');
        if (text.Length > Limits.MaxTextLength)
        {
            Error(at, path, $"文本过长（{text.Length}个字符）：每项最多{Limits.MaxTextLength}个字符");
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var invalid = (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c is '\uFFFE' or '\uFFFF'
                          || (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
                          || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
            if (invalid)
            {
                Error(at, path, $"第{i + 1}个字符是不可打印的控制字符（U+{(int)c:X4}），请删除");
                return null;
            }
        }

        if (singleLine && text.IndexOfAny(['\n', '\r']) >= 0)
        {
            Error(at, path, "应为一行文字，不能换行");
            return null;
        }

        if (singleLine && string.IsNullOrWhiteSpace(text))
        {
            Error(at, path, "不能为空白");
            return null;
        }

        return singleLine ? text.Trim() : text;
    }

    private string[]? TextList(InputNode node, string path)
    {
        if (node is ScalarNode { Kind: ScalarKind.Text } single)
        {
            return CheckedText(single.Text, node.Start, path, singleLine: false) is { } text ? [text] : null;
        }

        if (node is not SequenceNode sequence)
        {
            Error(node.Start, path, $"应为文本列表（每项一条），实际为{node.KindName}");
            return null;
        }

        var items = new List<string>();
        foreach (var (item, index) in sequence.Items.Select((n, i) => (n, i)))
        {
            if (item is ScalarNode { Kind: not ScalarKind.Null } scalar)
            {
                if (CheckedText(scalar.Text, item.Start, $"{path}[{index}]", singleLine: false) is { } text)
                {
                    items.Add(text);
                }
            }
            else
            {
                Error(item.Start, $"{path}[{index}]", $"第{index + 1}项应为文本，实际为{item.KindName}");
            }
        }

        return [.. items];
    }

    private int? Count(InputNode node, string path, string which)
    {
        if (node is ScalarNode { Kind: ScalarKind.Number } scalar
            && long.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value >= 0)
        {
            if (value <= Limits.MaxCount)
            {
                return (int)value;
            }

            Error(node.Start, path, $"{which}超出上限：应不大于{Limits.MaxCount}，实际为{scalar.Text}");
            return null;
        }

        Error(node.Start, path, $"{which}应为非负整数，实际为{Actual(node)}{CommaHint(node)}");
        return null;
    }

    private decimal? Amount(InputNode node, string path, int maxDecimals)
    {
        if (node is ScalarNode { Kind: ScalarKind.Number } scalar && YamlTreeReader.TryParseDecimal(scalar.Text, out var value))
        {
            if (value < 0)
            {
                Error(node.Start, path, $"应为非负数，实际为{scalar.Text}");
                return null;
            }

            if (value > Limits.MaxAmount)
            {
                Error(node.Start, path, $"超出上限：应不大于{NumberText.Format(Limits.MaxAmount)}，实际为{scalar.Text}");
                return null;
            }

            if (value.Scale > maxDecimals && value != Math.Round(value, maxDecimals))
            {
                Error(node.Start, path, $"最多{maxDecimals}位小数，实际为{scalar.Text}");
                return null;
            }

            return value;
        }

        Error(node.Start, path, $"应为非负数，实际为{Actual(node)}");
        return null;
    }

    private int? Year(InputNode node, string path)
    {
        if (node is ScalarNode { Kind: ScalarKind.Number } scalar
            && int.TryParse(scalar.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            if (ReportYears.Contains(year))
            {
                return year;
            }

            Error(node.Start, path, $"应为2008年（《条例》施行）以后的四位年份，实际为{scalar.Text}");
            return null;
        }

        Error(node.Start, path, $"应为四位年份（如2024），实际为{Actual(node)}");
        return null;
    }

    private DateOnly? Date(InputNode node, string path)
    {
        if (node is ScalarNode { Kind: not ScalarKind.Null } scalar
            && DateOnly.TryParseExact(scalar.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(node.Start, path, $"应为日期（如2025-01-20），实际为{Actual(node)}");
        return null;
    }

    private string? Choice(InputNode node, string path, ChoiceShape shape)
    {
        if (node is ScalarNode { Kind: ScalarKind.Text } scalar && shape.Choices.Contains(scalar.Text))
        {
            return scalar.Text;
        }

        Error(node.Start, path, $"应为{string.Join("、", shape.Choices)}之一，实际为{Actual(node)}");
        return null;
    }

    private int[]? ApplicantRow(InputNode node, string path, Mark keyMark)
    {
        var expectation = $"应为6个非负整数（{ApplicantColumns.ApplicantLabelList}）";
        if (node is not SequenceNode sequence)
        {
            Error(keyMark, path, $"{expectation}，实际为{node.KindName}{CommaHint(node)}");
            return null;
        }

        if (sequence.Items.Count is not (6 or 7))
        {
            var hint = sequence.Items.Select(CommaHint).FirstOrDefault(h => h.Length > 0) ?? "";
            Error(keyMark, path, $"{expectation}，实际为{sequence.Items.Count}个{hint}");
            return null;
        }

        var values = new int[sequence.Items.Count];
        var valid = true;
        for (var i = 0; i < values.Length; i++)
        {
            var column = ApplicantColumns.Label((ApplicantColumn)i);
            if (sequence.Items[i] is ScalarNode { Kind: ScalarKind.Null } && i < 6 && RowOf(path) is { } blankRow)
            {
                // A cell left blank is not yet filled in (R1 on that cell), as a blank key of 表二 or 表四 is: the rest
                // of the row stays, so a half-filled table is a draft that can be kept, never a row of zeros.
                Unbound($"{path}[{i}]");
                _diagnostics.Add(Diagnostic.Error(RuleIds.R1, $"“{path}”第{i + 1}个值（{column}）为空：表格的每一项都必须填写，没有请填0")
                    with { Kind = FindingKind.MissingValue, Source = Locate(sequence.Items[i].Start, path), Datum = new ApplicationDatum(blankRow, (ApplicantColumn)i) });
                continue;
            }

            var reported = _diagnostics.Count;
            var value = Count(sequence.Items[i], path, $"第{i + 1}个值（{column}）");
            if (value is null && _diagnostics.Count > reported && RowOf(path) is { } cellRow)
            {
                // The cell is known, not only the row: an editor on the form marks that one cell.
                _diagnostics[^1] = _diagnostics[^1] with { Datum = new ApplicationDatum(cellRow, (ApplicantColumn)i) };
            }

            valid &= value is not null;
            values[i] = value ?? 0;
        }

        if (!valid)
        {
            return null;
        }

        if (values.Length == 7)
        {
            var sum = values.Take(6).Sum();
            if (values[6] != sum && RowOf(path) is { } row)
            {
                _diagnostics.Add(R4RowTotals.Mismatch(row, sum, values[6]) with { Source = Locate(sequence.Items[6].Start, path) });
            }
        }

        return values[..6];
    }

    /// <summary>Full-width commas (，) are what a Chinese keyboard types; YAML reads them as part of one text.</summary>
    private static string CommaHint(InputNode node) =>
        node is ScalarNode { Kind: ScalarKind.Text } scalar && scalar.Text.IndexOfAny(['，', '、']) >= 0
            ? "。列表中的逗号应为半角逗号“,”，不能用全角“，”或顿号“、”"
            : "";

    private void Missing(Field field, Mark at, string path, string how)
    {
        if (field.MissingRule == RuleIds.R1)
        {
            // One cell is named by its row and its column (规章 本年制发件数): a column's name alone is in every row.
            var name = InputKeys.DataUnder(path).ToList() is [var cell] ? $"{cell.RowLabel} {cell.ColumnLabel}" : field.Shape.Description;
            _diagnostics.Add(Diagnostic.Error(RuleIds.R1, $"“{path}”（{name}）{how}：表格的每一项都必须填写，没有请填0")
                with { Kind = FindingKind.MissingValue, Source = Locate(at, path) });
            return;
        }

        Error(at, path, $"缺少必填项“{field.Key}”（{field.Shape.Description}）");
    }

    /// <summary>
    /// A 信息处理费 number given blank is not yet filled in, not “none charged”. While no other fee number is above 0
    /// the text states none was charged (R8 holds) and the blank is a warning until filled; beside a charged fee the
    /// sentence would print the blank as 0 (发出收费通知0件), so it is an error on that field and nothing is rendered.
    /// </summary>
    private void BlankFee(Field field, Mark at, string path, bool charged)
    {
        _blankFields.Add(path);
        var finding = charged
            ? Diagnostic.Error(RuleIds.R8, $"“{path}”（{field.Shape.Description}）为空，而信息处理费的其他数已填写：正文不能把空白写作0，请填写（没有请填0）")
            : Diagnostic.Warning(RuleIds.R8, $"“{path}”（{field.Shape.Description}）为空：未填写前正文写作“未收取信息处理费”；没有收费请填0");
        _diagnostics.Add(finding with { Kind = FindingKind.MissingValue, Source = Locate(at, path) });
    }

    private static ApplicationRow? RowOf(string path) =>
        ApplicationRows.All.FirstOrDefault(s => s.ContractKey is not null && path == $"{InputKeys.Applications}.{s.ContractKey}")?.Row;

    private static string Actual(InputNode node) => node is ScalarNode { Kind: ScalarKind.Number } n ? n.Text : node.KindName;

    private void Error(Mark at, string path, string message)
    {
        Unbound(path);
        _diagnostics.Add(new Diagnostic(RuleIds.Input, Severity.Error, message) { Source = Locate(at, path) });
    }

    /// <summary>A key given without a usable value: the table numbers at or below it are missing.</summary>
    private void Unbound(string path) => _missing.UnionWith(InputKeys.DataUnder(path));

    private SourceLocation Locate(Mark at, string path) => new(file, at.Line, at.Column, path);

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
