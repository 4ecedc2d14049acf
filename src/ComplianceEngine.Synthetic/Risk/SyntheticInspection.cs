namespace ComplianceEngine.Synthetic.Risk;

/// <summary>An inspection outcome as the contract has it, with the generator's true probability beside it (synthetic data only).</summary>
public sealed record SyntheticInspection(string EnterpriseId, DateOnly Date, bool ViolationFound, double TrueProbability);
