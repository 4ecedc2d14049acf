namespace ComplianceEngine.Notices;

/// <summary>The kebab-case names used in template file names, the command line and the outbox.</summary>
public static class NoticeTypes
{
    public static readonly IReadOnlyList<NoticeType> All = Enum.GetValues<NoticeType>();

    public static string Slug(this NoticeType type) => type switch
    {
        NoticeType.Rectification => "rectification",
        NoticeType.ScreeningOpinion => "screening-opinion",
        NoticeType.DeadlineReminder => "deadline-reminder",
        NoticeType.PermitRenewal => "permit-renewal",
        NoticeType.InspectionList => "inspection-list",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static NoticeType Parse(string slug)
    {
        foreach (var type in All)
        {
            if (type.Slug() == slug)
            {
                return type;
            }
        }

        throw new ArgumentException($"unknown notice type '{slug}' (expected one of {string.Join(", ", All.Select(x => x.Slug()))})", nameof(slug));
    }
}
