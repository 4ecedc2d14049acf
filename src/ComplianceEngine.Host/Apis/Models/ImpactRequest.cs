using System.Text.Json;

namespace ComplianceEngine.Host.Apis.Models;

/// <summary>
/// <c>POST /api/v1/rules/impact</c>: <c>asOf</c> (yyyy-MM-dd, default today in China); <c>baseline</c> a stored
/// version hash (default: the served catalog); <c>candidate</c> a stored version hash and/or <c>overrides</c>
/// (<c>NAME=VALUE</c> or <c>NAME@城市=VALUE</c>, NAME a parameter or a rule id for its deadline); <c>records</c> an
/// array of contract records to compare, or absent for the whole register (with its monitoring facts); <c>changes</c>
/// true to also stream records whose findings changed without an outcome flip (direction <c>unchanged</c>).
/// </summary>
public sealed record ImpactRequest(string? AsOf, string? Baseline, string? Candidate, IReadOnlyList<string>? Overrides, JsonElement? Records, bool? Changes);
