using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Analytics.Impact;

/// <summary>The findings of one record that differ between two results, matched by rule and facility.</summary>
public static class FindingDiff
{
    public static IReadOnlyList<FindingChange> Between(IReadOnlyList<Finding> before, IReadOnlyList<Finding> after)
    {
        if (before.Count == 0 && after.Count == 0)
        {
            return [];
        }

        // Exceedance rules fire once per month on the same facility: a key repeats, so match them in order.
        var old = before.GroupBy(Key).ToDictionary(g => g.Key, g => new Queue<Finding>(g));
        var changes = new List<FindingChange>();
        foreach (var now in after)
        {
            if (old.TryGetValue(Key(now), out var queue) && queue.TryDequeue(out var was))
            {
                if (was.Deadline != now.Deadline || was.Overdue != now.Overdue || was.Severity != now.Severity)
                {
                    changes.Add(new FindingChange(now.RuleId, now.Family, now.FacilityId, "changed", was.Deadline, now.Deadline, was.Overdue, now.Overdue,
                        was.Severity, now.Severity, now.Message));
                }
            }
            else
            {
                changes.Add(new FindingChange(now.RuleId, now.Family, now.FacilityId, "added", null, now.Deadline, null, now.Overdue, null, now.Severity, now.Message));
            }
        }

        foreach (var was in old.Values.SelectMany(q => q))
        {
            changes.Add(new FindingChange(was.RuleId, was.Family, was.FacilityId, "removed", was.Deadline, null, was.Overdue, null, was.Severity, null, was.Message));
        }

        return changes;
    }

    private static (string, string?) Key(Finding f) => (f.RuleId, f.FacilityId);
}
