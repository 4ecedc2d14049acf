namespace ComplianceEngine.Notices;

/// <summary>Chinese is what the bureau sends; English stands beside it for readers who need it.</summary>
public static class NoticeLanguage
{
    public const string Chinese = "zh";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Chinese, English];
}
