using ComplianceEngine.Notices.Outbox;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// The delivery job: hands every due notice in the outbox to the channel. Safe to run on several instances at once:
/// the outbox claims rows with <c>SKIP LOCKED</c>, and a failed send waits for its back-off in the outbox, not in Hangfire.
/// </summary>
public sealed class NoticeDrain(NoticeDelivery delivery, ILogger<NoticeDrain> logger)
{
    public const string RecurringJobId = "notice-delivery";

    public async Task<DrainResult> RunAsync(CancellationToken ct)
    {
        var result = await delivery.DrainAsync(ct);
        if (result.Sent + result.Failed > 0)
        {
            logger.LogInformation("notice delivery: {Sent} sent, {Failed} failed (retried later)", result.Sent, result.Failed);
        }

        return result;
    }
}
