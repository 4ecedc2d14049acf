using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Notices;
using ComplianceEngine.Host.Risk;
using ComplianceEngine.Notices;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Screening;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// The weekly risk list for enforcement: scores the register with the risk model and issues each city's inspection
/// list (执法检查名单) to the outbox, enterprises with open findings ordered by risk score. Without a configured model
/// the lists still go out, ordered by findings. Idempotent per city, week's date and content, like every notice.
/// </summary>
public sealed class WeeklyRiskList(StoredScreening register, RuleSetHolder catalog, RiskRegister risk, NoticeOutbox outbox,
    IOptions<NoticeOptions> options, TimeProvider clock, SetAsideGuard guard, ILogger<WeeklyRiskList> logger)
{
    public const string RecurringJobId = "weekly-risk-list";

    public async Task<FillResult> RunAsync(string? asOf, CancellationToken ct)
    {
        var date = asOf is null ? AsOfDate.Today(clock) : AsOfDate.FromText(asOf);
        var scores = await risk.ScoreAsync(date, ct);
        var byId = scores?.Scored.ToDictionary(s => s.Record.Id, s => s.Score, StringComparer.Ordinal);

        var screened = await register.ForNoticesAsync(catalog.Current, null, date, guard.For(RecurringJobId, date, ct), ct);

        var requests = NoticePlanner.Plan(screened, date, [NoticeType.InspectionList], byId);
        var fill = await guard.FillEachAsync(RecurringJobId, requests, outbox, options.Value.Language, date, ct);
        logger.LogInformation("weekly risk list as of {AsOf} (model {Model}): {Cities} city list(s), {Inserted} new, {Present} already issued",
            date, scores?.Model.Version ?? "none: ordered by findings", requests.Count, fill.Inserted, fill.AlreadyPresent);
        return fill;
    }
}
