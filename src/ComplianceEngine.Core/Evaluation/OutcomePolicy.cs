namespace ComplianceEngine.Core.Evaluation;

/// <summary>Turns findings into the contract's outcomes (docs/rule-format.md, "Severity and outcome"; ADR 0008 for missing values).</summary>
public static class OutcomePolicy
{
    /// <summary>Reject on a prohibition; conditional (补正) on any condition, obligation, limit, supervision item or missing decisive value.</summary>
    public static Outcome ForProject(IEnumerable<Finding> findings)
    {
        var outcome = Outcome.Approve;
        foreach (var f in findings)
        {
            switch (f.Severity)
            {
                case Severity.Prohibition:
                    return Outcome.Reject;
                case Severity.Condition or Severity.Obligation or Severity.Limit or Severity.Supervision or Severity.Missing:
                    outcome = Outcome.Conditional;
                    break;
            }
        }

        return outcome;
    }

    /// <summary>
    /// Non-compliant on any prohibition, exceedance or overdue obligation; due while every unmet obligation is still
    /// ahead of its deadline, and on any supervision item or missing decisive value, which can never make an
    /// enterprise non-compliant (no legal violation is established) but keep it from being certified compliant.
    /// </summary>
    public static Outcome ForEnterprise(IEnumerable<Finding> findings)
    {
        var outcome = Outcome.Compliant;
        foreach (var f in findings)
        {
            switch (f.Severity)
            {
                case Severity.Prohibition or Severity.Limit:
                    return Outcome.Noncompliant;
                case Severity.Obligation or Severity.Condition when f.Overdue:
                    return Outcome.Noncompliant;
                case Severity.Obligation or Severity.Condition or Severity.Supervision or Severity.Missing:
                    outcome = Outcome.Due;
                    break;
            }
        }

        return outcome;
    }
}
