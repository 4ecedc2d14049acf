using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Notices;
using ComplianceEngine.Host.Risk;
using ComplianceEngine.Notices;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Risk.Ranking;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// The weekly risk list for enforcement: scores the register with the risk model and issues each city's inspection
/// list (执法检查名单) to the outbox, enterprises with open findings ordered by risk score, then the random share
/// (<see cref="RiskOptions.ExploreShare"/> of each list, drawn by the risk list with the date as seed: 双随机、一公开).
/// Without a configured model the lists still go out, ordered by findings, with no random share. Idempotent per city,
/// week's date and content, like every notice.
/// </summary>
public sealed class WeeklyRiskList(NoticeScreening register, RuleSetHolder catalog, RiskRegister risk, NoticeOutbox outbox,
    IOptions<NoticeOptions> options, IOptions<RiskOptions> riskOptions, TimeProvider clock, SetAsideGuard guard, ILogger<WeeklyRiskList> logger)
{
    public const string RecurringJobId = "weekly-risk-list";

    public async Task<FillResult> RunAsync(string? asOf, CancellationToken ct)
    {
        var date = asOf is null ? AsOfDate.Today(clock) : AsOfDate.FromText(asOf);
        var scores = await risk.ScoreAsync(date, ct);
        var byId = scores?.Scored.ToDictionary(s => s.Record.Id, s => s.Score, StringComparer.Ordinal);

        var screened = (await register.ForNoticesAsync(catalog.Current, null, date, guard.For(RecurringJobId, date, ct), ct)).Records;

        HashSet<string>? drawn = null;
        if (scores is not null)
        {
            // Beside each city's enterprises with open findings, so the random share is a share of that city's list.
            drawn = screened.Where(s => s.Record is EnterpriseRecord && s.Result.Outcome is Outcome.Noncompliant or Outcome.Due)
                .GroupBy(s => s.Record.City)
                .SelectMany(city => RiskListBuilder.DrawBeside(scores.Scored, city.Key, city.Count(), riskOptions.Value.ExploreShare, date.DayNumber))
                .ToHashSet(StringComparer.Ordinal);
        }

        var requests = NoticePlanner.Plan(screened, date, [NoticeType.InspectionList], byId, drawn, scores is null ? null : ModelReasons(scores, screened, drawn));
        var fill = await guard.FillEachAsync(RecurringJobId, requests, outbox, options.Value.Language, date, ct);
        logger.LogInformation("weekly risk list as of {AsOf} (model {Model}): {Cities} city list(s), {Drawn} drawn at random, {Inserted} new, {Present} already issued",
            AsOfDate.Text(date), scores?.Model.Version ?? "none: ordered by findings", requests.Count, drawn?.Count ?? 0, fill.Inserted, fill.AlreadyPresent);
        return fill;
    }

    /// <summary>
    /// The model's top three reasons (ReasonExplainer: its largest feature contributions, in plain words) for the
    /// enterprises the lists can carry (open findings or drawn), so inspectors see why the score is what it is.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<LocalizedText>> ModelReasons(RegisterScores scores, IReadOnlyList<ScreenedRecord> screened, HashSet<string>? drawn)
    {
        var listed = screened.Where(s => s.Result.Outcome is Outcome.Noncompliant or Outcome.Due).Select(s => s.Record.Id).ToHashSet(StringComparer.Ordinal);
        var scored = scores.Scored.Where(s => listed.Contains(s.Record.Id) || drawn?.Contains(s.Record.Id) == true).ToArray();
        var reasons = ReasonExplainer.Explain(scores.Model, [.. scored.Select(s => s.Features)], [.. scored.Select(s => s.Score)]);
        return scored.Select((s, i) => (s.Record.Id, Reasons: (IReadOnlyList<LocalizedText>)[.. reasons[i].Select(r => new LocalizedText(r.Zh, r.En))]))
            .ToDictionary(x => x.Id, x => x.Reasons, StringComparer.Ordinal);
    }
}
