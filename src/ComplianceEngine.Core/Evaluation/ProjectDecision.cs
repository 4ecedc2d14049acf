namespace ComplianceEngine.Core.Evaluation;

/// <summary>
/// What a project's screening calls for, named as the instrument that carries it: 批准 (an approval), 附条件批准 (an
/// approval whose 审批意见 lists conditions to meet, the contract's <see cref="Outcome.Conditional"/>), 需补正 (a
/// 补正材料通知书: a decisive value is missing from the application) or 不予批准 (a 不予批准决定书).
/// </summary>
public enum ProjectDecision
{
    Approve,
    ConditionalApproval,
    Supplement,
    Reject,
}

/// <summary>Derives a project's <see cref="ProjectDecision"/> from its findings; the one place that line is drawn.</summary>
public static class ProjectDecisions
{
    /// <summary>
    /// Rule families whose project conditions are substantive preconditions of approval (节能审查意见, 产能置换方案,
    /// 区域削减或重金属总量来源; the catalog cites 条例第十一条 for them): unmet, they are grounds of a 不予批准决定, never
    /// materials to supply (a 补正 under 行政许可法第三十二条 is for missing application materials only) nor requirements
    /// of an approval. Conditions of other families (ultra-low construction) are requirements of the approval itself.
    /// </summary>
    public static readonly IReadOnlySet<string> PreconditionFamilies = new HashSet<string>(StringComparer.Ordinal) { "two-high", "heavy-metals" };

    /// <summary>What a project's builder must supply before a decision: a decisive value missing from the application.</summary>
    public static bool IsToSupply(Finding f) => f.Severity == Severity.Missing;

    /// <summary>A condition to meet before construction starts (<see cref="PreconditionFamilies"/>).</summary>
    public static bool IsPrecondition(Finding f) => f.Severity == Severity.Condition && PreconditionFamilies.Contains(f.Family);

    /// <summary>
    /// Reject on a prohibition; supplement when a value is missing (<see cref="IsToSupply"/>: the acceptance stage comes
    /// before review); reject on an unmet precondition (<see cref="IsPrecondition"/>: a ground for refusal under
    /// 条例第十一条); conditional approval when another condition fired; approve otherwise.
    /// </summary>
    public static ProjectDecision Of(IEnumerable<Finding> findings)
    {
        var list = findings as IReadOnlyCollection<Finding> ?? [.. findings];
        if (list.Any(f => f.Severity == Severity.Prohibition))
        {
            return ProjectDecision.Reject;
        }

        if (list.Any(IsToSupply))
        {
            return ProjectDecision.Supplement;
        }

        if (list.Any(IsPrecondition))
        {
            return ProjectDecision.Reject;
        }

        return list.Any(f => f.Severity == Severity.Condition) ? ProjectDecision.ConditionalApproval : ProjectDecision.Approve;
    }

    /// <summary>The decision's name as the instruments use it, in Chinese and English.</summary>
    public static LocalizedText Name(ProjectDecision decision) => decision switch
    {
        ProjectDecision.Reject => new LocalizedText("不予批准", "approval refused"),
        ProjectDecision.Supplement => new LocalizedText("需补正", "supplement required"),
        ProjectDecision.ConditionalApproval => new LocalizedText("附条件批准", "conditional approval"),
        _ => new LocalizedText("批准", "approved"),
    };
}
