namespace GovReportDocs.NationalFormat;

/// <summary>The ten numbers of table 2, in printed order.</summary>
public enum ProactiveItem
{
    /// <summary>规章 · 本年制发件数.</summary>
    RulesIssued,
    /// <summary>规章 · 本年废止件数.</summary>
    RulesRepealed,
    /// <summary>规章 · 现行有效件数.</summary>
    RulesInForce,
    /// <summary>行政规范性文件 · 本年制发件数.</summary>
    NormativeIssued,
    /// <summary>行政规范性文件 · 本年废止件数.</summary>
    NormativeRepealed,
    /// <summary>行政规范性文件 · 现行有效件数.</summary>
    NormativeInForce,
    /// <summary>行政许可 · 本年处理决定数量.</summary>
    Licensing,
    /// <summary>行政处罚 · 本年处理决定数量.</summary>
    Punishment,
    /// <summary>行政强制 · 本年处理决定数量.</summary>
    Enforcement,
    /// <summary>行政事业性收费 · 本年收费金额（单位：万元）: the one decimal of the three tables.</summary>
    FeesTenThousandYuan,
}
