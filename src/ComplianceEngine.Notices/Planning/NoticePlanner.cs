using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Notices.Planning;

/// <summary>
/// Decides which notices a set of screened records needs as of a date. Pure: the same records, results and date
/// give the same requests in the same order, which is what makes the outbox's duplicate check and the command
/// line's draft numbering reproducible.
/// </summary>
public static class NoticePlanner
{
    /// <summary>Days before a deadline at which a reminder goes out; the smallest stage that still covers the days left applies.</summary>
    public static readonly IReadOnlyList<int> ReminderStages = [7, 30, 90];

    public const int PermitRenewalDays = 60;

    public static IReadOnlyList<NoticeRequest> Plan(
        IReadOnlyList<ScreenedRecord> records, DateOnly asOf, IReadOnlyCollection<NoticeType> types,
        IReadOnlyDictionary<string, double>? inspectionScores = null)
    {
        var requests = new List<NoticeRequest>();
        foreach (var type in NoticeTypes.All.Where(types.Contains))
        {
            if (type == NoticeType.InspectionList)
            {
                requests.AddRange(InspectionLists(records, asOf, inspectionScores));
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

    /// <summary>The notice of one type a record needs, or null when it needs none.</summary>
    public static NoticeRequest? For(NoticeType type, ScreenedRecord r, DateOnly asOf) => type switch
    {
        NoticeType.Rectification => Rectification(r, asOf),
        NoticeType.ScreeningOpinion => ScreeningOpinion(r),
        NoticeType.DeadlineReminder => DeadlineReminder(r, asOf),
        NoticeType.PermitRenewal => PermitRenewal(r, asOf),
        _ => null,
    };

    /// <summary>Findings a notice must answer for: everything but advisories, which inform and bind no one.</summary>
    public static bool IsBinding(Finding f) => f.Severity != Severity.Advisory;

    private static NoticeRequest? Rectification(ScreenedRecord r, DateOnly asOf)
    {
        if (r.Record is not EnterpriseRecord || r.Result.Outcome is not (Outcome.Noncompliant or Outcome.Due))
        {
            return null;
        }

        return new NoticeRequest
        {
            Type = NoticeType.Rectification,
            Subject = NoticeSubject.Of(r.Record),
            AsOf = asOf,
            Period = Month(asOf),
            Findings = [.. r.Result.Findings.Where(IsBinding)],
            Outcome = r.Result.Outcome,
        };
    }

    private static NoticeRequest? ScreeningOpinion(ScreenedRecord r)
    {
        if (r.Record is not ProjectRecord project || r.Result.Outcome is not (Outcome.Reject or Outcome.Conditional))
        {
            return null;
        }

        // One opinion per application: the period is the filing date, so the same filing is never answered twice.
        return new NoticeRequest
        {
            Type = NoticeType.ScreeningOpinion,
            Subject = NoticeSubject.Of(project),
            AsOf = r.Result.AsOf,
            Period = Day(project.ApplicationDate),
            Findings = [.. r.Result.Findings.Where(IsBinding)],
            Outcome = r.Result.Outcome,
        };
    }

    private static NoticeRequest? DeadlineReminder(ScreenedRecord r, DateOnly asOf)
    {
        if (r.Record is not EnterpriseRecord)
        {
            return null;
        }

        var due = r.Result.Findings
            .Where(f => f.Severity is Severity.Obligation or Severity.Condition or Severity.Supervision && !f.Overdue && f.Deadline is { } d
                        && d.DayNumber - asOf.DayNumber is > 0 and <= 90)
            .ToArray();
        if (due.Length == 0)
        {
            return null;
        }

        // The period names each deadline with its stage: a daily job sends once per stage, and again when 30 becomes 7.
        var stages = due.Select(f => (Deadline: f.Deadline!.Value, Stage: Stage(f.Deadline!.Value.DayNumber - asOf.DayNumber))).Distinct().Order().ToArray();
        return new NoticeRequest
        {
            Type = NoticeType.DeadlineReminder,
            Subject = NoticeSubject.Of(r.Record),
            AsOf = asOf,
            Period = string.Join(',', stages.Select(s => $"{Day(s.Deadline)}@{s.Stage}")),
            Findings = due,
            Outcome = r.Result.Outcome,
            ReminderStage = stages.Min(s => s.Stage),
        };
    }

    private static NoticeRequest? PermitRenewal(ScreenedRecord r, DateOnly asOf)
    {
        // A renewal already filed for this permit (permit.renewalAppliedOn) needs no letter; before the application
        // deadline the reminder comes from PRM-RENEW-01's obligation (deadline reminders).
        if (r.Record is not EnterpriseRecord { Permit: { } permit } || permit.ValidTo.DayNumber - asOf.DayNumber is < 0 or > PermitRenewalDays
            || permit.RenewalAppliedOn is { } applied && applied >= permit.ValidFrom && applied <= asOf)
        {
            return null;
        }

        return new NoticeRequest
        {
            Type = NoticeType.PermitRenewal,
            Subject = NoticeSubject.Of(r.Record),
            AsOf = asOf,
            Period = $"{permit.Number}@{Day(permit.ValidTo)}",
            Outcome = r.Result.Outcome,
        };
    }

    private static IEnumerable<NoticeRequest> InspectionLists(IReadOnlyList<ScreenedRecord> records, DateOnly asOf, IReadOnlyDictionary<string, double>? scores)
    {
        var entries = records
            .Where(r => r.Record is EnterpriseRecord && r.Result.Outcome is Outcome.Noncompliant or Outcome.Due)
            .Select(r => new InspectionEntry((EnterpriseRecord)r.Record, r.Result.Outcome, [.. r.Result.Findings.Where(IsBinding)],
                scores is not null && scores.TryGetValue(r.Record.Id, out var s) ? s : null));
        foreach (var city in entries.GroupBy(e => e.Enterprise.City).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return new NoticeRequest
            {
                Type = NoticeType.InspectionList,
                Subject = NoticeSubject.OfCity(city.Key),
                AsOf = asOf,
                Period = Month(asOf),
                Entries = [.. InspectionOrder.Sort(city)],
            };
        }
    }

    private static int Stage(int daysLeft) => ReminderStages.First(s => daysLeft <= s);

    private static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
