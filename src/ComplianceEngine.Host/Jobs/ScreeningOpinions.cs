using ComplianceEngine.Data.Audit;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Notices;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Screening;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// Drafts the instrument (不予批准决定, 补正通知 or 审批意见) of every project whose latest screening, within the
/// opinion window, was a rejection or came with conditions, for an officer to issue in their own name. It reads the audit trail rather than being called by the screening endpoint,
/// so an instance that only serves the API needs no job queue, and a missed run is made up by the next one. The
/// opinion rests on the stored evaluation: made again with the rule-set version that decided it.
/// </summary>
public sealed class ScreeningOpinions(EvaluationStore evaluations, Replay replay, RuleSetHolder catalog, NoticeOutbox outbox, IOptions<NoticeOptions> options,
    TimeProvider clock, SetAsideGuard guard, ILogger<ScreeningOpinions> logger)
{
    public const string RecurringJobId = "screening-opinions";

    public async Task<FillResult> RunAsync(CancellationToken ct)
    {
        var ids = await evaluations.AwaitingOpinionAsync(clock.GetUtcNow() - options.Value.OpinionWindow, ct);
        var ruleSet = catalog.Current;
        // The instrument is dated the day the job makes it; the findings stay those of the stored screening.
        var today = AsOfDate.Today(clock);
        int inserted = 0, present = 0, setAside = 0;
        foreach (var id in ids)
        {
            var stored = await evaluations.LoadAsync(id, ct) ?? throw new InvalidOperationException($"evaluation {id} vanished");
            // Each project on its own: one whose opinion cannot be made is set aside, and the others still get theirs.
            var issued = await guard.TryAsync(RecurringJobId, "project", stored.RecordId, stored.AsOf, async () =>
            {
                // The catalog served now is used as is when it decided; an older version is loaded from the trail's bytes.
                var replayed = await replay.ReplayAsync(id, ruleSet, ct);
                var record = replayed.Record.Record ?? throw new InvalidOperationException($"evaluation {id} stores a record that no longer reads");
                // The one instrument the screening calls for: a rejection, a request to supply, or an approval opinion.
                var screened = new ScreenedRecord(record, replayed.Again);
                if (NoticePlanner.ProjectInstrument(screened) is { } kind && NoticePlanner.For(kind, screened, today) is { } request)
                {
                    var one = await outbox.FillAsync([request], options.Value.Language, ct);
                    (inserted, present) = (inserted + one.Inserted, present + one.AlreadyPresent);
                }
            }, ct);
            setAside += issued ? 0 : 1;
        }

        logger.LogInformation("screening opinions: {Projects} project(s) screened, {Inserted} new opinion(s), {Present} already issued, {SetAside} set aside",
            ids.Count, inserted, present, setAside);
        return new FillResult(inserted, present);
    }
}
