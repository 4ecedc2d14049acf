namespace ComplianceEngine.Notices;

/// <summary>The documents a bureau sends. Each has one template per language in <c>rules/notices/</c>.</summary>
public enum NoticeType
{
    /// <summary>整改通知书: unmet obligations, prohibitions and exceedances of an enterprise.</summary>
    Rectification,

    /// <summary>审查意见: the decision on a construction project with each prohibition or condition.</summary>
    ScreeningOpinion,

    /// <summary>截止期限提醒: obligations whose deadline is 90, 30 or 7 days ahead.</summary>
    DeadlineReminder,

    /// <summary>排污许可证延续提醒: the permit expires within 60 days.</summary>
    PermitRenewal,

    /// <summary>执法检查名单: enterprises of a city to inspect, for the bureau itself.</summary>
    InspectionList,
}
