using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Host.Apis.Models;

/// <summary>One page of the catalog being served, in catalog order, under its version (content hash): <see cref="Total"/> rules in all.</summary>
public sealed record RulesPage(string RuleSetVersion, IReadOnlyList<RuleView> Rules, int Page, int PageSize, long Total);

/// <summary>A rule as the API lists it: what it applies to, when it is in force, its message and the clause it rests on.</summary>
public sealed record RuleView(
    string Id,
    string Family,
    RecordKind Kind,
    Severity Severity,
    DateOnly InForceFrom,
    DateOnly? InForceTo,
    LocalizedText Message,
    Citation Citation);
