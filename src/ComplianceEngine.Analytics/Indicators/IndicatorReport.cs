namespace ComplianceEngine.Analytics.Indicators;

/// <summary>
/// Indicators as computed: the rule-set version whose screening they count, the dates, the definitions (with their
/// cited targets) and the values per indicator, date, city and sector. The JSON shape of <c>compliance indicators
/// --format json</c> and <c>GET /api/v1/indicators</c>.
/// </summary>
public sealed record IndicatorReport(string RuleSetVersion, IReadOnlyList<DateOnly> Dates, IReadOnlyList<IndicatorDefinition> Indicators, IReadOnlyList<IndicatorValue> Values);
