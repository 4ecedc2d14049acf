namespace ComplianceEngine.Core.Evaluation;

/// <summary>Turns findings into the contract's outcomes.</summary>
public static class OutcomePolicy
{
    public static Outcome ForProject(IEnumerable<Finding> findings)
    {
        var outcome = Outcome.Approve;
        foreach (var f in findings)
        {
            switch (f.Severity)
            {
                case Severity.Prohibition:
                    return Outcome.Reject;
                case Severity.Condition or Severity.Obligation or Severity.Limit:
                    outcome = Outcome.Conditional;
                    break;
            }
        }

        return outcome;
    }

    /// <summary>Non-compliant on any prohibition, exceedance or overdue obligation; due while every unmet obligation is still ahead of its deadline.</summary>
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
                case Severity.Obligation or Severity.Condition:
                    outcome = Outcome.Due;
                    break;
            }
        }

        return outcome;
    }
}
