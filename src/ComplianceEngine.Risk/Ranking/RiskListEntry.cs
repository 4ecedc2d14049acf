namespace ComplianceEngine.Risk.Ranking;

/// <summary>One enterprise on a risk list. <see cref="Exploration"/>: drawn at random from outside the top, so inspections keep producing unbiased labels.</summary>
public sealed record RiskListEntry(int Rank, string EnterpriseId, string Name, string City, double Score, bool Exploration, IReadOnlyList<Reason> Reasons);
