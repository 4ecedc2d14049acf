using System.Text.Json;

namespace ComplianceEngine.Host.Apis.Models;

/// <summary>An enterprise as registered: its contract record as imported, and its most recent stored evaluation (null when never evaluated).</summary>
public sealed record EnterpriseView(JsonElement Record, EvaluationView? LatestEvaluation);
