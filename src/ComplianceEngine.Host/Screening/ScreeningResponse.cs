using System.Text.Json.Nodes;

namespace ComplianceEngine.Host.Screening;

/// <summary>
/// The answer to a screening: the rule-set version and as-of date all results were made under, and one result per
/// submitted record in order (the engine's result JSON plus its index and its audit-trail id when stored).
/// </summary>
public sealed record ScreeningResponse(string RuleSetVersion, DateOnly AsOf, IReadOnlyList<JsonObject> Results);
