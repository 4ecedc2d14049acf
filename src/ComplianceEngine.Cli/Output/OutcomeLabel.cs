using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Cli.Output;

/// <summary>
/// An outcome as a person reads it, in English and Chinese. A project is named by the instrument its screening calls
/// for (<see cref="ProjectDecisions"/>: 批准 / 需补正 / 不予批准), since the contract's <c>conditional</c> covers both an
/// approval with requirements and a request to supply; other outcomes by the contract's word.
/// </summary>
internal sealed record OutcomeLabel(int Order, string En, string Zh)
{
    private static readonly OutcomeLabel Compliant = new(10, "compliant", "合规");
    private static readonly OutcomeLabel Due = new(11, "due", "限期整改中");
    private static readonly OutcomeLabel Noncompliant = new(12, "noncompliant", "不合规");
    private static readonly OutcomeLabel Invalid = new(20, "invalid", "记录无效");

    public static OutcomeLabel Of(EvaluationResult r) => r.Outcome switch
    {
        Outcome.Approve or Outcome.Conditional or Outcome.Reject => Of(ProjectDecisions.Of(r.Findings)),
        Outcome.Compliant => Compliant,
        Outcome.Due => Due,
        Outcome.Noncompliant => Noncompliant,
        _ => Invalid,
    };

    private static OutcomeLabel Of(ProjectDecision decision)
    {
        var name = ProjectDecisions.Name(decision);
        return new OutcomeLabel((int)decision, name.En, name.Zh);
    }

    public override string ToString() => $"{Zh} {En}";
}
