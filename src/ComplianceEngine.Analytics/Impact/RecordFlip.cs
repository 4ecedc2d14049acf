using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Analytics.Impact;

/// <summary>
/// A record whose outcome differs between baseline and candidate: <see cref="Direction"/> is <c>worse</c> (e.g.
/// compliant → noncompliant, approve → reject) or <c>better</c>; or, when changes were asked for, <c>unchanged</c>
/// for a record whose findings differ under the same outcome. <see cref="Causes"/> are the findings that differ.
/// </summary>
public sealed record RecordFlip(string RecordId, string Kind, string Name, string City, IReadOnlyList<string> Sectors,
    Outcome Before, Outcome After, string Direction, IReadOnlyList<FindingChange> Causes);

/// <summary>
/// A finding that differs for one record and facility: <c>added</c> (fires only under the candidate), <c>removed</c>
/// (only under the baseline) or <c>changed</c> (fires under both with another deadline, overdue state or severity).
/// <see cref="Message"/> is the candidate's (the baseline's when removed).
/// </summary>
public sealed record FindingChange(string RuleId, string Family, string? FacilityId, string Change,
    DateOnly? DeadlineBefore, DateOnly? DeadlineAfter, bool? OverdueBefore, bool? OverdueAfter,
    Severity? SeverityBefore, Severity? SeverityAfter, LocalizedText Message);
