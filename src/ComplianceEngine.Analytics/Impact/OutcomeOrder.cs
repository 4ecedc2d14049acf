using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Analytics.Impact;

/// <summary>How far an outcome is from a clean one: a flip to a higher rank is worse for the record.</summary>
public static class OutcomeOrder
{
    public static int Rank(Outcome outcome) => outcome switch
    {
        Outcome.Approve or Outcome.Compliant => 0,
        Outcome.Conditional or Outcome.Due => 1,
        Outcome.Reject or Outcome.Noncompliant => 2,
        _ => 3,
    };
}
