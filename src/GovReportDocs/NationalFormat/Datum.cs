using GovReportDocs.Model;

namespace GovReportDocs.NationalFormat;

/// <summary>
/// Names one number of the three tables. Table descriptions place data in cells by these names; the
/// renderers, the validator and the reader all speak of numbers through them.
/// </summary>
public abstract record Datum
{
    /// <summary>Which table holds it: 表二, 表三 or 表四.</summary>
    public abstract string Table { get; }

    /// <summary>Whether the number is a count (a non-negative integer) rather than an amount.</summary>
    public virtual bool IsCount => true;

    /// <summary>The label of its row as printed, e.g. 二、上年结转政府信息公开申请数量.</summary>
    public abstract string RowLabel { get; }

    /// <summary>The label of its column as printed, e.g. 总计.</summary>
    public abstract string ColumnLabel { get; }

    /// <summary>Where it is, in words for a diagnostic, e.g. 表三 第二行“上年结转” 总计列.</summary>
    public abstract string Describe();
}

/// <summary>A number of table 2.</summary>
public sealed record ProactiveDatum(ProactiveItem Item) : Datum
{
    /// <inheritdoc />
    public override string Table => TableNames.Proactive;

    /// <inheritdoc />
    public override bool IsCount => Item != ProactiveItem.FeesTenThousandYuan;

    /// <inheritdoc />
    public override string RowLabel => ProactiveItems.Of(Item).Row;

    /// <inheritdoc />
    public override string ColumnLabel => ProactiveItems.Of(Item).Column
                                          ?? (IsCount ? ProactiveLabels.Decisions : ProactiveLabels.FeeAmount);

    /// <inheritdoc />
    public override string Describe() => $"{Table} {ProactiveItems.Of(Item).Reference}";
}

/// <summary>A number of table 3: a row and one of the seven data columns.</summary>
public sealed record ApplicationDatum(ApplicationRow Row, ApplicantColumn Column) : Datum
{
    /// <inheritdoc />
    public override string Table => TableNames.Applications;

    /// <inheritdoc />
    public override string RowLabel => ApplicationRows.Of(Row).Label;

    /// <inheritdoc />
    public override string ColumnLabel => ApplicantColumns.Label(Column);

    /// <inheritdoc />
    public override string Describe() =>
        $"{Table} {ApplicationRows.Of(Row).Reference} {ApplicantColumns.Label(Column)}列";
}

/// <summary>A number of table 4: a group and one of its five columns.</summary>
public sealed record ReviewDatum(ReviewGroup Group, ReviewOutcome Outcome) : Datum
{
    /// <inheritdoc />
    public override string Table => TableNames.Review;

    /// <inheritdoc />
    public override string RowLabel => ReviewLabels.GroupTitle(Group);

    /// <inheritdoc />
    public override string ColumnLabel => ReviewLabels.Outcome(Outcome);

    /// <inheritdoc />
    public override string Describe() =>
        $"{Table} {ReviewLabels.GroupReference(Group)}“{ReviewLabels.Outcome(Outcome)}”列";
}
