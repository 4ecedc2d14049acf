namespace ComplianceEngine.Core.Evaluation;

/// <summary>Projects: approve, conditional, reject. Enterprises: compliant, due, noncompliant. Either: invalid.</summary>
public enum Outcome
{
    Approve,
    Conditional,
    Reject,
    Compliant,
    Due,
    Noncompliant,
    Invalid,
}
