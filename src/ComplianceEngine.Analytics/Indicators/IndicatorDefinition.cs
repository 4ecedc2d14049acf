using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Analytics.Indicators;

/// <summary>
/// An indicator of progress toward a plan's target, as data (<c>rules/indicators/*.json</c>). Members are the
/// enterprises, or their facilities, that <see cref="Rules"/> look at (sector, city, facility type, in force on the
/// date), narrowed by <see cref="Filter"/>; a member is counted by <see cref="Count"/> from its screening findings.
/// <see cref="Unit"/> <c>share</c> gives counted ÷ members (0..1), <c>count</c> the counted members.
/// </summary>
/// <param name="Subject"><c>enterprise</c> or <c>facility</c>.</param>
/// <param name="Rules">Catalog rule ids: whose scope makes the members and whose findings are counted; empty for every enterprise or facility.</param>
/// <param name="Families">Rule families whose findings are counted when <see cref="Rules"/> is empty; empty for all.</param>
/// <param name="Count"><c>members</c> (every member), <c>without-findings</c>, <c>with-findings</c> or <c>overdue</c> (a finding past its deadline).</param>
public sealed record IndicatorDefinition(
    string Id, LocalizedText Name, string Subject, IReadOnlyList<string> Rules, IReadOnlyList<string> Families, IndicatorFilter Filter,
    string Count, string Unit, IndicatorTarget Target, string File);

/// <summary>
/// Narrows facility members: types, fuels and a capacity bound in t/h, either a number or a catalog parameter's name
/// (resolved for the city and date, so the indicator and the rule share one number).
/// </summary>
public sealed record IndicatorFilter(IReadOnlyList<string> FacilityTypes, IReadOnlyList<string> Fuels, string? MaxCapacityTph);

/// <summary>
/// The target the indicator measures, cited to the plan: value (a share 0..1 or a count), the date it is due by
/// (null where the plan sets none), whether progress means the value going <c>up</c> or <c>down</c>, and the source
/// document id, clause and verbatim sentence.
/// </summary>
public sealed record IndicatorTarget(double Value, DateOnly? By, string Direction, string Source, string Clause, string Quote);
