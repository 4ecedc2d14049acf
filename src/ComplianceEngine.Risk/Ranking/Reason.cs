namespace ComplianceEngine.Risk.Ranking;

/// <summary>Why an enterprise scored high: a phrase in Chinese and English and how much the probability would fall without it.</summary>
public sealed record Reason(string Code, string Zh, string En, double Contribution);
