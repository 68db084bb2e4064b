namespace GovReportDocs.NationalFormat;

/// <summary>The labels of table 2 exactly as the 2021 format prints them.</summary>
internal static class ProactiveLabels
{
    /// <summary>Heads each block's label column.</summary>
    public const string ContentHeader = "信息内容";

    /// <summary>Section heading of the 规章 / 规范性文件 block.</summary>
    public const string Article20Item1 = "第二十条第（一）项";

    /// <summary>Section heading of the 行政许可 block.</summary>
    public const string Article20Item5 = "第二十条第（五）项";

    /// <summary>Section heading of the 行政处罚 / 行政强制 block.</summary>
    public const string Article20Item6 = "第二十条第（六）项";

    /// <summary>Section heading of the 行政事业性收费 block.</summary>
    public const string Article20Item8 = "第二十条第（八）项";

    /// <summary>Column headers of the 第二十条第（一）项 block.</summary>
    public const string Issued = "本年制发件数";

    /// <inheritdoc cref="Issued"/>
    public const string Repealed = "本年废止件数";

    /// <inheritdoc cref="Issued"/>
    public const string InForce = "现行有效件数";

    /// <summary>Header of the decision-count blocks.</summary>
    public const string Decisions = "本年处理决定数量";

    /// <summary>Header of the fee block.</summary>
    public const string FeeAmount = "本年收费金额（单位：万元）";

    /// <summary>Row labels.</summary>
    public const string Rules = "规章";

    /// <inheritdoc cref="Rules"/>
    public const string NormativeDocuments = "行政规范性文件";

    /// <inheritdoc cref="Rules"/>
    public const string Licensing = "行政许可";

    /// <inheritdoc cref="Rules"/>
    public const string Punishment = "行政处罚";

    /// <inheritdoc cref="Rules"/>
    public const string Enforcement = "行政强制";

    /// <inheritdoc cref="Rules"/>
    public const string Fees = "行政事业性收费";
}
