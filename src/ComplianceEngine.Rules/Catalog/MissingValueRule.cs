using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Rules.Catalog;

/// <summary>
/// A rule's declaration for one optional field its conditions read (ADR 0008). <see cref="MissingEffect.Ask"/>: when the
/// field is absent and every condition not reading an absent field holds, the rule yields a missing-value finding
/// naming the field and <see cref="Supply"/>. <see cref="MissingEffect.Decides"/>: absence has a meaning the contract
/// gives it (no permit, no bypass, not retrofitted) and the expression already decides on it.
/// </summary>
public sealed record MissingValueRule(string Field, MissingEffect Effect, LocalizedText? Supply, OptionalField Path, int[] ConditionsReading);

public enum MissingEffect
{
    Ask,
    Decides,
}
