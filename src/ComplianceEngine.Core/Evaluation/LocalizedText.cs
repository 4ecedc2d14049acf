namespace ComplianceEngine.Core.Evaluation;

/// <summary>Chinese is the users' working language; English stands beside it.</summary>
public sealed record LocalizedText(string Zh, string En);
