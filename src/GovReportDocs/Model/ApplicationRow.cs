namespace GovReportDocs.Model;

/// <summary>The 25 body rows of table 3, in printed order. <see cref="ResultsTotal"/> is computed.</summary>
public enum ApplicationRow
{
    /// <summary>一、本年新收政府信息公开申请数量.</summary>
    NewlyReceived,
    /// <summary>二、上年结转政府信息公开申请数量.</summary>
    CarriedOver,
    /// <summary>三（一）予以公开.</summary>
    Granted,
    /// <summary>三（二）部分公开.</summary>
    PartiallyGranted,
    /// <summary>三（三）1.属于国家秘密.</summary>
    DeniedStateSecret,
    /// <summary>三（三）2.其他法律行政法规禁止公开.</summary>
    DeniedProhibitedByLaw,
    /// <summary>三（三）3.危及“三安全一稳定”.</summary>
    DeniedThreeSecurityOneStability,
    /// <summary>三（三）4.保护第三方合法权益.</summary>
    DeniedThirdPartyRights,
    /// <summary>三（三）5.属于三类内部事务信息.</summary>
    DeniedInternalAffairs,
    /// <summary>三（三）6.属于四类过程性信息.</summary>
    DeniedProcessInformation,
    /// <summary>三（三）7.属于行政执法案卷.</summary>
    DeniedEnforcementFiles,
    /// <summary>三（三）8.属于行政查询事项.</summary>
    DeniedAdministrativeQuery,
    /// <summary>三（四）1.本机关不掌握相关政府信息.</summary>
    UnableNotHeld,
    /// <summary>三（四）2.没有现成信息需要另行制作.</summary>
    UnableNeedsCreation,
    /// <summary>三（四）3.补正后申请内容仍不明确.</summary>
    UnableUnclearAfterCorrection,
    /// <summary>三（五）1.信访举报投诉类申请.</summary>
    NotProcessedPetitionOrComplaint,
    /// <summary>三（五）2.重复申请.</summary>
    NotProcessedRepeated,
    /// <summary>三（五）3.要求提供公开出版物.</summary>
    NotProcessedPublicationRequested,
    /// <summary>三（五）4.无正当理由大量反复申请.</summary>
    NotProcessedMassRepeated,
    /// <summary>三（五）5.要求行政机关确认或重新出具已获取信息.</summary>
    NotProcessedConfirmationRequested,
    /// <summary>三（六）1.申请人无正当理由逾期不补正.</summary>
    OtherOverdueCorrection,
    /// <summary>三（六）2.申请人逾期未按收费通知要求缴纳费用.</summary>
    OtherOverdueFee,
    /// <summary>三（六）3.其他.</summary>
    OtherOther,
    /// <summary>三（七）总计: the sum of the 21 result rows above, always computed.</summary>
    ResultsTotal,
    /// <summary>四、结转下年度继续办理.</summary>
    CarriedForward,
}
