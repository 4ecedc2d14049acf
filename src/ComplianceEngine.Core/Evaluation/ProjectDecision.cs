namespace ComplianceEngine.Core.Evaluation;

/// <summary>
/// What a project's screening calls for, named as the instrument that carries it: 批准 (an approval, with its
/// construction and operation requirements when conditions fired), 需补正 (a 补正材料通知书: supply what is missing
/// before any decision) or 不予批准 (a 不予批准决定书). The contract's <see cref="Outcome.Conditional"/> covers both an
/// approval with requirements and a request to supply, so people are shown this instead.
/// </summary>
public enum ProjectDecision
{
    Approve,
    Supplement,
    Reject,
}

/// <summary>Derives a project's <see cref="ProjectDecision"/> from its findings; the one place that line is drawn.</summary>
public static class ProjectDecisions
{
    /// <summary>
    /// Rule families whose project conditions must be shown met before approval (节能审查意见, 产能置换方案, 区域削减或
    /// 重金属总量来源), not built in afterwards: until the builder supplies the proof they call for a 补正, never an
    /// approval. Conditions of other families (ultra-low construction) are requirements of the approval itself.
    /// </summary>
    public static readonly IReadOnlySet<string> PreconditionFamilies = new HashSet<string>(StringComparer.Ordinal) { "two-high", "heavy-metals" };

    /// <summary>What a project's builder must supply before a decision: a missing decisive value, or proof that an approval precondition is met.</summary>
    public static bool IsToSupply(Finding f) =>
        f.Severity == Severity.Missing || f.Severity == Severity.Condition && PreconditionFamilies.Contains(f.Family);

    /// <summary>Reject on a prohibition; supplement when anything is to supply (<see cref="IsToSupply"/>); approve otherwise.</summary>
    public static ProjectDecision Of(IEnumerable<Finding> findings)
    {
        var decision = ProjectDecision.Approve;
        foreach (var f in findings)
        {
            if (f.Severity == Severity.Prohibition)
            {
                return ProjectDecision.Reject;
            }

            if (IsToSupply(f))
            {
                decision = ProjectDecision.Supplement;
            }
        }

        return decision;
    }

    /// <summary>The decision's name as the instruments use it, in Chinese and English.</summary>
    public static LocalizedText Name(ProjectDecision decision) => decision switch
    {
        ProjectDecision.Reject => new LocalizedText("不予批准", "approval refused"),
        ProjectDecision.Supplement => new LocalizedText("需补正", "supplement required"),
        _ => new LocalizedText("批准", "approved"),
    };
}
