using System.Collections.Immutable;

namespace GovReportDocs.Model;

/// <summary>
/// Table 3 (三、收到和处理政府信息公开申请情况): one <see cref="ApplicantCounts"/> per entered row.
/// 三（七）总计 and every 总计 column are computed, so R3 and R4 hold by construction.
/// </summary>
public sealed class ApplicationStatistics : IEquatable<ApplicationStatistics>
{
    /// <summary>The 24 rows an office enters: every row but <see cref="ApplicationRow.ResultsTotal"/>.</summary>
    public static ImmutableArray<ApplicationRow> EnteredRows { get; } =
        [.. Enum.GetValues<ApplicationRow>().Where(r => r != ApplicationRow.ResultsTotal)];

    /// <summary>The 21 result rows that 三（七）总计 adds up.</summary>
    public static ImmutableArray<ApplicationRow> ResultRows { get; } =
        [.. EnteredRows.Where(r => r is >= ApplicationRow.Granted and <= ApplicationRow.OtherOther)];

    private readonly ImmutableDictionary<ApplicationRow, ApplicantCounts> _rows;

    private ApplicationStatistics(ImmutableDictionary<ApplicationRow, ApplicantCounts> rows)
    {
        foreach (var (row, counts) in rows)
        {
            if (counts.ToArray().FirstOrDefault(v => v > Limits.MaxCount) is var over and > 0)
            {
                throw new ArgumentOutOfRangeException(nameof(rows), over, $"{row}：应为0至{Limits.MaxCount}之间的整数");
            }
        }

        _rows = rows;
        ResultsTotal = ResultRows.Aggregate(ApplicantCounts.Zero, (sum, row) => sum + rows[row]);
    }

    /// <summary>A unit that received and handled nothing.</summary>
    public static ApplicationStatistics Zero { get; } =
        new(EnteredRows.ToImmutableDictionary(r => r, _ => ApplicantCounts.Zero));

    /// <summary>Builds table 3 from every entered row.</summary>
    /// <exception cref="ArgumentException">An entered row is missing, or a value is given for 三（七）总计.</exception>
    public static ApplicationStatistics FromRows(IReadOnlyDictionary<ApplicationRow, ApplicantCounts> rows)
    {
        if (rows.ContainsKey(ApplicationRow.ResultsTotal))
        {
            throw new ArgumentException("三（七）总计 is computed and cannot be given", nameof(rows));
        }

        var missing = EnteredRows.Where(r => !rows.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"missing rows: {string.Join(", ", missing)}", nameof(rows));
        }

        return new ApplicationStatistics(rows.ToImmutableDictionary());
    }

    /// <summary>Returns a copy with one entered row replaced.</summary>
    public ApplicationStatistics With(ApplicationRow row, ApplicantCounts counts) =>
        row == ApplicationRow.ResultsTotal
            ? throw new ArgumentException("三（七）总计 is computed and cannot be set", nameof(row))
            : new ApplicationStatistics(_rows.SetItem(row, counts));

    /// <summary>Any row, including the computed 三（七）总计.</summary>
    public ApplicantCounts this[ApplicationRow row] => row == ApplicationRow.ResultsTotal ? ResultsTotal : _rows[row];

    /// <summary>一、本年新收.</summary>
    public ApplicantCounts NewlyReceived => _rows[ApplicationRow.NewlyReceived];

    /// <summary>二、上年结转.</summary>
    public ApplicantCounts CarriedOver => _rows[ApplicationRow.CarriedOver];

    /// <summary>三（七）总计: requests concluded this year (办结).</summary>
    public ApplicantCounts ResultsTotal { get; }

    /// <summary>四、结转下年度继续办理.</summary>
    public ApplicantCounts CarriedForward => _rows[ApplicationRow.CarriedForward];

    /// <inheritdoc />
    public bool Equals(ApplicationStatistics? other) =>
        other is not null && EnteredRows.All(r => _rows[r] == other._rows[r]);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ApplicationStatistics);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var row in EnteredRows)
        {
            hash.Add(_rows[row]);
        }

        return hash.ToHashCode();
    }
}
