using ComplianceEngine.Data.Outbox;

namespace ComplianceEngine.Notices.Outbox;

/// <summary>
/// Where delivered notices go (a file-drop folder by default; SMTP or a webhook behind the same interface). A send
/// that throws is retried later, so a channel must tolerate receiving the same notice again (delivery is at least
/// once: a crash after sending but before marking sent resends).
/// </summary>
public interface INoticeChannel
{
    Task SendAsync(OutboxNotice notice, CancellationToken cancellationToken);
}
