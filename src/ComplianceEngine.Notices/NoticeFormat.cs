namespace ComplianceEngine.Notices;

public enum NoticeFormat
{
    Text,
    Html,
}
