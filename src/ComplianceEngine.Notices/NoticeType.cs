namespace ComplianceEngine.Notices;

/// <summary>
/// The instruments a bureau issues, as the Ministry's 环境行政执法文书 formats and the EIA approval practice keep them
/// apart: one instrument never mixes violations with reminders, nor a refusal with a request for documents. Each has
/// one template per language in <c>rules/notices/</c>.
/// </summary>
public enum NoticeType
{
    /// <summary>责令改正违法行为决定书: violations of a law, regulation or standard (overdue or exceeding), under 《行政处罚法》第二十八条.</summary>
    CorrectionDecision,

    /// <summary>督办提醒函: obligations not yet due and supervision items resting on a plan; never a finding of violation.</summary>
    SupervisionLetter,

    /// <summary>排污许可证延续提醒函: 120, 90 and 70 days before expiry, before the application deadline of validTo − 60 days.</summary>
    PermitRenewal,

    /// <summary>不予批准决定书: a project with a prohibition, under 《建设项目环境保护管理条例》第十一条.</summary>
    RejectionDecision,

    /// <summary>补正通知书: a project lacking decisive data; lists exactly the fields to supply.</summary>
    SupplementRequest,

    /// <summary>审批意见: a project that may be approved, with its requirements for construction and operation.</summary>
    ApprovalOpinion,

    /// <summary>执法检查名单: enterprises of a city to inspect, for the bureau itself.</summary>
    InspectionList,
}
