using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Notices;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices;
using Hangfire;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// One batch of a notice run: reads the enterprises' evaluations the nightly sweep stored for the date (evaluating and
/// storing only those it did not, <see cref="NoticeScreening"/>), asks the planner which of them need a notice of the
/// type, and fills the outbox. Idempotent: the trail stores each evaluation once and the outbox each notice once, so a
/// retried batch adds nothing.
/// </summary>
public sealed class NoticeBatch(NoticeScreening register, RuleSetHolder catalog, NoticeOutbox outbox, IOptions<NoticeOptions> options, SetAsideGuard guard,
    ILogger<NoticeBatch> logger)
{
    [Queue(JobQueues.Sweep)]
    public async Task<FillResult> RunAsync(string[] enterpriseIds, string noticeType, string asOf, CancellationToken ct)
    {
        var type = NoticeTypes.Parse(noticeType);
        var date = AsOfDate.FromText(asOf);
        var job = $"{noticeType} notices";
        var screened = await register.ForNoticesAsync(catalog.Current, enterpriseIds, date, guard.For(job, date, ct), ct);

        var requests = NoticePlanner.Plan(screened.Records, date, [type]);
        var fill = await guard.FillEachAsync(job, requests, outbox, options.Value.Language, date, ct);
        logger.LogInformation("{NoticeType} batch of {Ids} enterprise(s) as of {AsOf} ({FromSweep} from the sweep's evaluations, {Evaluated} evaluated now): " +
            "{Needed} notice(s) needed, {Inserted} new, {Present} already in the outbox",
            noticeType, enterpriseIds.Length, asOf, screened.FromSweep, screened.Evaluated, requests.Count, fill.Inserted, fill.AlreadyPresent);
        return fill;
    }
}
