namespace ComplianceEngine.Notices;

/// <summary>The kebab-case names used in template file names, the command line, the outbox and document number prefixes.</summary>
public static class NoticeTypes
{
    public static readonly IReadOnlyList<NoticeType> All = Enum.GetValues<NoticeType>();

    /// <summary>Every kind addressed to one enterprise or project (all but the inspection list).</summary>
    public static readonly IReadOnlyList<NoticeType> PerRecord = [.. All.Where(t => t != NoticeType.InspectionList)];

    public static string Slug(this NoticeType type) => type switch
    {
        NoticeType.CorrectionDecision => "correction-decision",
        NoticeType.SupervisionLetter => "supervision-letter",
        NoticeType.PermitRenewal => "permit-renewal",
        NoticeType.RejectionDecision => "rejection-decision",
        NoticeType.SupplementRequest => "supplement-request",
        NoticeType.ApprovalOpinion => "approval-opinion",
        NoticeType.InspectionList => "inspection-list",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Decisions bind the party and carry appeal rights; they are issued by an officer, never automatically.</summary>
    public static bool IsDecision(this NoticeType type) => type is NoticeType.CorrectionDecision or NoticeType.RejectionDecision;

    /// <summary>
    /// Instruments an officer signs: the decisions and a project's 补正通知 and 审批意见 (issue 15). They wait as
    /// unnumbered drafts until an officer issues them in their own name; reminders and lists go out as filled.
    /// </summary>
    public static bool IsSigned(this NoticeType type) => type.IsDecision() || type is NoticeType.SupplementRequest or NoticeType.ApprovalOpinion;

    public static NoticeType Parse(string slug)
    {
        foreach (var type in All)
        {
            if (type.Slug() == slug)
            {
                return type;
            }
        }

        // Register-run jobs queued before issue 14 carry the old names of the two enterprise kinds.
        if (slug is "rectification" or "deadline-reminder")
        {
            return slug == "rectification" ? NoticeType.CorrectionDecision : NoticeType.SupervisionLetter;
        }

        throw new ArgumentException($"unknown notice type '{slug}' (expected one of {string.Join(", ", All.Select(x => x.Slug()))})", nameof(slug));
    }
}
