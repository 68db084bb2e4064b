using GovReportDocs.Model;

namespace GovReportDocs.NationalFormat;

/// <summary>The body rows of table 3 exactly as the 2021 format prints them.</summary>
internal static class ApplicationRows
{
    /// <summary>Spans the label columns of 三 across its 22 rows.</summary>
    public const string ResultsHeader = "三、本年度办理结果";

    private const string Denied = "（三）不予公开";
    private const string Unable = "（四）无法提供";
    private const string NotProcessed = "（五）不予处理";
    private const string Other = "（六）其他处理";

    /// <summary>All 25 rows in printed order.</summary>
    public static IReadOnlyList<ApplicationRowSpec> All { get; } =
    [
        new(ApplicationRow.NewlyReceived, "newlyReceived", null, "一、本年新收政府信息公开申请数量", "第一行“本年新收”"),
        new(ApplicationRow.CarriedOver, "carriedOver", null, "二、上年结转政府信息公开申请数量", "第二行“上年结转”"),
        new(ApplicationRow.Granted, "granted", null, "（一）予以公开", "第三行（一）“予以公开”"),
        new(ApplicationRow.PartiallyGranted, "partiallyGranted", null,
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "第三行（二）“部分公开”"),
        new(ApplicationRow.DeniedStateSecret, "denied.stateSecret", Denied, "1.属于国家秘密", "第三行（三）1“属于国家秘密”"),
        new(ApplicationRow.DeniedProhibitedByLaw, "denied.prohibitedByLaw", Denied,
            "2.其他法律行政法规禁止公开", "第三行（三）2“其他法律行政法规禁止公开”"),
        new(ApplicationRow.DeniedThreeSecurityOneStability, "denied.threeSecurityOneStability", Denied,
            "3.危及“三安全一稳定”", "第三行（三）3“危及三安全一稳定”"),
        new(ApplicationRow.DeniedThirdPartyRights, "denied.thirdPartyRights", Denied,
            "4.保护第三方合法权益", "第三行（三）4“保护第三方合法权益”"),
        new(ApplicationRow.DeniedInternalAffairs, "denied.internalAffairs", Denied,
            "5.属于三类内部事务信息", "第三行（三）5“属于三类内部事务信息”"),
        new(ApplicationRow.DeniedProcessInformation, "denied.processInformation", Denied,
            "6.属于四类过程性信息", "第三行（三）6“属于四类过程性信息”"),
        new(ApplicationRow.DeniedEnforcementFiles, "denied.enforcementFiles", Denied,
            "7.属于行政执法案卷", "第三行（三）7“属于行政执法案卷”"),
        new(ApplicationRow.DeniedAdministrativeQuery, "denied.administrativeQuery", Denied,
            "8.属于行政查询事项", "第三行（三）8“属于行政查询事项”"),
        new(ApplicationRow.UnableNotHeld, "unableToProvide.notHeld", Unable,
            "1.本机关不掌握相关政府信息", "第三行（四）1“本机关不掌握相关政府信息”"),
        new(ApplicationRow.UnableNeedsCreation, "unableToProvide.needsCreation", Unable,
            "2.没有现成信息需要另行制作", "第三行（四）2“没有现成信息需要另行制作”"),
        new(ApplicationRow.UnableUnclearAfterCorrection, "unableToProvide.unclearAfterCorrection", Unable,
            "3.补正后申请内容仍不明确", "第三行（四）3“补正后申请内容仍不明确”"),
        new(ApplicationRow.NotProcessedPetitionOrComplaint, "notProcessed.petitionOrComplaint", NotProcessed,
            "1.信访举报投诉类申请", "第三行（五）1“信访举报投诉类申请”"),
        new(ApplicationRow.NotProcessedRepeated, "notProcessed.repeated", NotProcessed,
            "2.重复申请", "第三行（五）2“重复申请”"),
        new(ApplicationRow.NotProcessedPublicationRequested, "notProcessed.publicationRequested", NotProcessed,
            "3.要求提供公开出版物", "第三行（五）3“要求提供公开出版物”"),
        new(ApplicationRow.NotProcessedMassRepeated, "notProcessed.massRepeated", NotProcessed,
            "4.无正当理由大量反复申请", "第三行（五）4“无正当理由大量反复申请”"),
        new(ApplicationRow.NotProcessedConfirmationRequested, "notProcessed.confirmationRequested", NotProcessed,
            "5.要求行政机关确认或重新出具已获取信息", "第三行（五）5“要求行政机关确认或重新出具已获取信息”"),
        new(ApplicationRow.OtherOverdueCorrection, "otherHandling.overdueCorrection", Other,
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "第三行（六）1“逾期不补正”"),
        new(ApplicationRow.OtherOverdueFee, "otherHandling.overdueFee", Other,
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "第三行（六）2“逾期未缴纳费用”"),
        new(ApplicationRow.OtherOther, "otherHandling.other", Other, "3.其他", "第三行（六）3“其他”"),
        new(ApplicationRow.ResultsTotal, null, null, "（七）总计", "第三行（七）“总计”"),
        new(ApplicationRow.CarriedForward, "carriedForward", null, "四、结转下年度继续办理", "第四行“结转下年度”"),
    ];

    private static readonly Dictionary<ApplicationRow, ApplicationRowSpec> ByRow = All.ToDictionary(s => s.Row);

    /// <summary>The spec of one row.</summary>
    public static ApplicationRowSpec Of(ApplicationRow row) => ByRow[row];
}
