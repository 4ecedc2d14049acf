using ComplianceEngine.Risk.Ranking;

namespace ComplianceEngine.Host.Apis.Models;

/// <summary>
/// One page of a ranked inspection list: the model and rule-set versions and as-of date it was scored under, the city
/// (null: the province), the exploration share, how many enterprises were scored, and the ranked entries with reasons.
/// </summary>
public sealed record RiskListPage(
    string ModelVersion,
    string RuleSetVersion,
    DateOnly AsOf,
    string? City,
    double ExploreShare,
    int Scored,
    IReadOnlyList<RiskListEntry> Entries,
    int Page,
    int PageSize,
    long Total);
