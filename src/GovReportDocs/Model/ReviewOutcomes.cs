namespace GovReportDocs.Model;

/// <summary>One group of table 4; <see cref="Total"/> is computed, so R5 holds by construction.</summary>
/// <param name="Upheld">结果维持.</param>
/// <param name="Corrected">结果纠正.</param>
/// <param name="Other">其他结果.</param>
/// <param name="Pending">尚未审结.</param>
public sealed record ReviewOutcomes(int Upheld, int Corrected, int Other, int Pending)
{
    private readonly int _upheld = Counts.Checked(Upheld, nameof(Upheld));

    /// <summary>结果维持.</summary>
    public int Upheld { get => _upheld; init => _upheld = Counts.Checked(value, nameof(Upheld)); }

    private readonly int _corrected = Counts.Checked(Corrected, nameof(Corrected));

    /// <summary>结果纠正.</summary>
    public int Corrected { get => _corrected; init => _corrected = Counts.Checked(value, nameof(Corrected)); }

    private readonly int _other = Counts.Checked(Other, nameof(Other));

    /// <summary>其他结果.</summary>
    public int Other { get => _other; init => _other = Counts.Checked(value, nameof(Other)); }

    private readonly int _pending = Counts.Checked(Pending, nameof(Pending));

    /// <summary>尚未审结.</summary>
    public int Pending { get => _pending; init => _pending = Counts.Checked(value, nameof(Pending)); }

    /// <summary>No case.</summary>
    public static ReviewOutcomes Zero { get; } = new(0, 0, 0, 0);

    /// <summary>总计.</summary>
    public int Total => Upheld + Corrected + Other + Pending;

    /// <summary>The value of one of the five columns of a group.</summary>
    public int this[ReviewOutcome outcome] => outcome switch
    {
        ReviewOutcome.Upheld => Upheld,
        ReviewOutcome.Corrected => Corrected,
        ReviewOutcome.Other => Other,
        ReviewOutcome.Pending => Pending,
        ReviewOutcome.Total => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
