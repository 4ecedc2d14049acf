namespace ComplianceEngine.Rules.Examples;

/// <summary>How one example fared: the problems found, none when it passed.</summary>
public sealed record ExampleResult(RuleExample Example, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}
