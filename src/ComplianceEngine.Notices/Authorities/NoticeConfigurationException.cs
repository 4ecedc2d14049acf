namespace ComplianceEngine.Notices.Authorities;

/// <summary>The notice configuration (<c>rules/notices/authorities.json</c>) cannot be used; names the file and the reason.</summary>
public sealed class NoticeConfigurationException(string file, string reason, Exception? inner = null)
    : Exception($"{file}: {reason}", inner)
{
    public string File { get; } = file;
    public string Reason { get; } = reason;
}
