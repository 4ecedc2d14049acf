using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Notices.Planning;

/// <summary>
/// Decides which instruments a set of screened records needs as of a date, and of which kind: violations of a legal
/// provision get a 责令改正违法行为决定书, what is not yet due or rests on a plan a 督办提醒函, an expiring permit a
/// renewal letter; a project a 不予批准决定, a 补正通知 or an 审批意见, never two of these. Pure: the same records,
/// results and date give the same requests in the same order. A notice's identity is its subject, kind and finding
/// set (no month), so an unchanged enterprise gets no new notice and no new number.
/// </summary>
public static class NoticePlanner
{
    /// <summary>Days before a permit expires at which the renewal letter goes out; all before the application deadline (<see cref="PermitApplicationDays"/>).</summary>
    public static readonly IReadOnlyList<int> PermitRenewalStages = [70, 90, 120];

    /// <summary>《排污许可管理条例》第十四条: apply to renew 60 days before the permit expires.</summary>
    public const int PermitApplicationDays = 60;

    /// <summary>An obligation enters a 督办提醒函 once its deadline is this many days away or nearer.</summary>
    public const int ReminderWindowDays = 90;

    public static IReadOnlyList<NoticeRequest> Plan(
        IReadOnlyList<ScreenedRecord> records, DateOnly asOf, IReadOnlyCollection<NoticeType> types,
        IReadOnlyDictionary<string, double>? inspectionScores = null, IReadOnlySet<string>? drawnAtRandom = null,
        IReadOnlyDictionary<string, IReadOnlyList<LocalizedText>>? modelReasons = null)
    {
        var requests = new List<NoticeRequest>();
        foreach (var type in NoticeTypes.All.Where(types.Contains))
        {
            if (type == NoticeType.InspectionList)
            {
                requests.AddRange(InspectionLists(records, asOf, inspectionScores, drawnAtRandom, modelReasons));
                continue;
            }

            foreach (var r in records)
            {
                if (r.Result.Outcome != Outcome.Invalid && For(type, r, asOf) is { } request)
                {
                    requests.Add(request);
                }
            }
        }

        return requests;
    }

    /// <summary>The instrument of one kind a record needs, or null when it needs none of that kind.</summary>
    public static NoticeRequest? For(NoticeType type, ScreenedRecord r, DateOnly asOf) => type switch
    {
        NoticeType.CorrectionDecision => Request(type, r, asOf, Violations(r)),
        NoticeType.SupervisionLetter => Request(type, r, asOf, Supervised(r, asOf)),
        NoticeType.PermitRenewal => PermitRenewal(r, asOf),
        NoticeType.RejectionDecision or NoticeType.SupplementRequest or NoticeType.ApprovalOpinion =>
            // Dated the day it is made (asOf), never the screening's as-of date: a letter written today is not backdated.
            ProjectInstrument(r) is { } kind && kind == type ? Request(type, r, asOf, ProjectFindings(kind, r), allowEmpty: kind == NoticeType.ApprovalOpinion) : null,
        _ => null,
    };

    /// <summary>
    /// The one instrument a project's screening calls for, or null (not a project, or a record that could not be read).
    /// An approvable project always gets its 审批意见, with or without requirements of its own: the approval itself is
    /// the instrument, and it carries the standing requirements (三同时, the EIA document's measures) in any case.
    /// </summary>
    public static NoticeType? ProjectInstrument(ScreenedRecord r)
    {
        if (r.Record is not ProjectRecord || r.Result.Outcome == Outcome.Invalid)
        {
            return null;
        }

        var findings = r.Result.Findings;
        return ProjectDecisions.Of(findings) switch
        {
            ProjectDecision.Reject => NoticeType.RejectionDecision,
            // Nothing can be decided on a value the application does not state: ask for it first. Unmet substantive
            // conditions (产能置换, 区域削减) are not materials to supply: they are grounds of the refusal.
            ProjectDecision.Supplement => NoticeType.SupplementRequest,
            _ => NoticeType.ApprovalOpinion,
        };
    }

    /// <summary>Findings a notice must answer for: everything but advisories, which inform and bind no one.</summary>
    public static bool IsBinding(Finding f) => f.Severity != Severity.Advisory;

    /// <summary>
    /// A violation of a legal provision: a prohibition or legal-limit exceedance, or an obligation or condition past its
    /// deadline, resting on a law, regulation or standard. Plan-only findings are supervision items and never violations.
    /// </summary>
    public static bool IsViolation(Finding f) =>
        f.Citation.BasisKind is BasisKind.Law or BasisKind.Regulation or BasisKind.Standard
        && (f.Severity is Severity.Prohibition or Severity.Limit || f.Severity is Severity.Obligation or Severity.Condition && f.Overdue);

    private static Finding[] Violations(ScreenedRecord r) =>
        r.Record is EnterpriseRecord ? [.. r.Result.Findings.Where(IsViolation)] : [];

    /// <summary>
    /// What a 督办提醒函 lists: supervision items and obligations that are not violations, due within the reminder
    /// window or without a deadline. The permit renewal obligation has its own letter and is left out here.
    /// </summary>
    private static Finding[] Supervised(ScreenedRecord r, DateOnly asOf)
    {
        if (r.Record is not EnterpriseRecord enterprise)
        {
            return [];
        }

        // PRM-RENEW-01 is due at the expiry (条例 第十四条 makes the 60 days a condition of continuing, not a penalty
        // deadline): while the renewal letters still run (more than 60 days left) the renewal stays out of this letter.
        var renewalLetterRuns = enterprise.Permit is { } permit && permit.ValidTo.DayNumber - asOf.DayNumber > PermitApplicationDays;
        return
        [
            .. r.Result.Findings.Where(f => IsBinding(f) && f.Severity != Severity.Missing && !IsViolation(f)
                && !(renewalLetterRuns && f.Family == "permits" && f.Deadline == enterprise.Permit!.ValidTo && !f.Overdue)
                && (f.Overdue || f.Deadline is not { } d || d.DayNumber - asOf.DayNumber <= ReminderWindowDays)),
        ];
    }

    private static Finding[] ProjectFindings(NoticeType kind, ScreenedRecord r) => kind switch
    {
        NoticeType.RejectionDecision => [.. r.Result.Findings.Where(IsGroundForRefusal)],
        NoticeType.SupplementRequest => [.. r.Result.Findings.Where(IsToSupply)],
        _ => [.. r.Result.Findings.Where(f => f.Severity is Severity.Condition or Severity.Obligation or Severity.Supervision)],
    };

    /// <summary>What a 不予批准决定 lists: prohibitions and unmet preconditions of approval (<see cref="ProjectDecisions.IsPrecondition"/>).</summary>
    public static bool IsGroundForRefusal(Finding f) => f.Severity == Severity.Prohibition || ProjectDecisions.IsPrecondition(f);

    /// <summary>What a project's builder must supply before a decision (<see cref="ProjectDecisions.IsToSupply"/>).</summary>
    public static bool IsToSupply(Finding f) => ProjectDecisions.IsToSupply(f);

    private static NoticeRequest? Request(NoticeType type, ScreenedRecord r, DateOnly asOf, Finding[] findings, bool allowEmpty = false) =>
        findings.Length == 0 && !allowEmpty ? null : new NoticeRequest
        {
            Type = type,
            Subject = NoticeSubject.Of(r.Record),
            AsOf = asOf,
            Period = NoticeRequest.Standing,
            Findings = findings,
            Outcome = r.Result.Outcome,
        };

    private static NoticeRequest? PermitRenewal(ScreenedRecord r, DateOnly asOf)
    {
        // A renewal already filed (permit.renewalAppliedOn) needs no letter; after the application deadline an
        // unfiled renewal goes into a 督办提醒函 until the expiry (PRM-RENEW-01 is due then, see Supervised).
        if (r.Record is not EnterpriseRecord { Permit: { } permit }
            || permit.RenewalAppliedOn is { } applied && applied >= permit.ValidFrom && applied <= asOf)
        {
            return null;
        }

        var left = permit.ValidTo.DayNumber - asOf.DayNumber;
        if (left <= PermitApplicationDays || left > PermitRenewalStages[^1])
        {
            return null;
        }

        var stage = PermitRenewalStages.First(s => left <= s);
        return new NoticeRequest
        {
            Type = NoticeType.PermitRenewal,
            Subject = NoticeSubject.Of(r.Record),
            AsOf = asOf,
            Period = $"{permit.Number}@{Day(permit.ValidTo)}@{stage}",
            Outcome = r.Result.Outcome,
            ReminderStage = stage,
        };
    }

    /// <summary>
    /// One list per city: enterprises with open findings (non-compliant or due) and those drawn at random
    /// (<paramref name="drawn"/>, ids of the risk list's exploration share), whatever their outcome but never a record
    /// that could not be read.
    /// </summary>
    private static IEnumerable<NoticeRequest> InspectionLists(IReadOnlyList<ScreenedRecord> records, DateOnly asOf,
        IReadOnlyDictionary<string, double>? scores, IReadOnlySet<string>? drawn, IReadOnlyDictionary<string, IReadOnlyList<LocalizedText>>? reasons)
    {
        var entries = records
            .Where(r => r.Record is EnterpriseRecord && r.Result.Outcome != Outcome.Invalid
                && (r.Result.Outcome is Outcome.Noncompliant or Outcome.Due || drawn?.Contains(r.Record.Id) == true))
            .Select(r => new InspectionEntry((EnterpriseRecord)r.Record, r.Result.Outcome, [.. r.Result.Findings.Where(IsBinding)],
                scores is not null && scores.TryGetValue(r.Record.Id, out var s) ? s : null, drawn?.Contains(r.Record.Id) == true)
            {
                ModelReasons = reasons is not null && reasons.TryGetValue(r.Record.Id, out var why) ? why : null,
            });
        foreach (var city in entries.GroupBy(e => e.Enterprise.City).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // An inspection list is a periodic work list for the bureau: one per city and month.
            yield return new NoticeRequest
            {
                Type = NoticeType.InspectionList,
                Subject = NoticeSubject.OfCity(city.Key),
                AsOf = asOf,
                Period = asOf.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                Entries = [.. InspectionOrder.Sort(city)],
            };
        }
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
