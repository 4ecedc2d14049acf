using ComplianceEngine.Data.Audit;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// Runs one record's part of a job so that a record which fails is set aside (<see cref="SetAsideRecords"/>, and the
/// log) and the job goes on with the others (issue 11 item 6). Cancellation and a database that went away are not a
/// record's fault: they still fail the job, which is retried.
/// </summary>
public sealed class SetAsideGuard(SetAsideRecords store, ILogger<SetAsideGuard> logger)
{
    /// <returns>True when the step ran; false when the record was set aside.</returns>
    public async Task<bool> TryAsync(string job, string kind, string recordId, DateOnly? asOf, Func<Task> step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            await step();
            return true;
        }
        catch (Exception e) when (IsTheRecords(e, ct))
        {
            logger.LogError(e, "{Job}: {Kind} {RecordId} set aside, the job goes on: {Error}", job, kind, Shorten(recordId), Shorten(e.Message));
            await store.AddAsync(job, kind, recordId, asOf, e, ct);
            return false;
        }
    }

    /// <summary>The guard as a step of a screening batch (<see cref="StoredScreening.ScreenEnterprisesAsync"/>), for one job and date.</summary>
    public RecordStep For(string job, DateOnly? asOf, CancellationToken ct) => (kind, recordId, step) => TryAsync(job, kind, recordId, asOf, step, ct);

    /// <summary>Fills the outbox one notice at a time: one that cannot be rendered or stored is set aside, the others still go out.</summary>
    public async Task<FillResult> FillEachAsync(string job, IEnumerable<NoticeRequest> requests, NoticeOutbox outbox, string language, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(outbox);
        int inserted = 0, present = 0;
        foreach (var request in requests)
        {
            await TryAsync(job, request.Subject.Kind, request.Subject.Id, asOf, async () =>
            {
                var one = await outbox.FillAsync([request], language, ct);
                (inserted, present) = (inserted + one.Inserted, present + one.AlreadyPresent);
            }, ct);
        }

        return new FillResult(inserted, present);
    }

    private static bool IsTheRecords(Exception e, CancellationToken ct) => e switch
    {
        OperationCanceledException when ct.IsCancellationRequested => false,
        System.Data.Common.DbException { IsTransient: true } => false,
        _ => true,
    };

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
