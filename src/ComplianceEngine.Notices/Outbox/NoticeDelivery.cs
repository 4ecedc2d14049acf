using ComplianceEngine.Data.Outbox;

namespace ComplianceEngine.Notices.Outbox;

/// <summary>
/// Drains the outbox: hands each due notice to the channel and marks it sent, or records the failure and schedules
/// a retry with exponential back-off. No transaction is open while a notice is sent: a batch is leased
/// (<see cref="OutboxQueue"/>) in one short transaction, sent, and each notice marked in its own. Two drainers at once
/// take disjoint batches; a drainer that dies leaves a lease that expires after <see cref="DeliveryOptions.Lease"/>,
/// and the notices are then delivered by the next drain. A plain async method so a scheduled job can call it.
/// </summary>
public sealed class NoticeDelivery(OutboxQueue queue, INoticeChannel channel, DeliveryOptions? options = null, TimeProvider? clock = null)
{
    private readonly DeliveryOptions _options = options ?? new DeliveryOptions();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Who holds a lease: this machine and process, and a fresh id per delivery object.</summary>
    public string Drainer { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Delivers every notice due now, each at most once per call (a failure waits for its back-off).</summary>
    public async Task<DrainResult> DrainAsync(CancellationToken ct = default)
    {
        var sent = 0;
        var failed = 0;
        var tried = new List<long>();
        while (true)
        {
            var now = _clock.GetUtcNow();
            var batch = await queue.ClaimAsync(Drainer, now, now + _options.Lease, _options.BatchSize, tried, ct);
            if (batch.Count == 0)
            {
                return new DrainResult(sent, failed);
            }

            foreach (var notice in batch)
            {
                tried.Add(notice.Id);
                try
                {
                    await channel.SendAsync(notice, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    // Any channel failure (a timeout included) is retried later; the notice is never dropped.
                    var next = _clock.GetUtcNow() + _options.Delay(notice.Attempts + 1);
                    if (await queue.MarkFailedAsync(notice.Id, Drainer, e.GetType().Name + ": " + e.Message, next, CancellationToken.None))
                    {
                        failed++;
                    }

                    continue;
                }

                // Not cancellable: the notice has gone out, so the mark must not be skipped by a stopping host.
                if (await queue.MarkSentAsync(notice.Id, Drainer, _clock.GetUtcNow(), CancellationToken.None))
                {
                    sent++;
                }
            }
        }
    }
}
