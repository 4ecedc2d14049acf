namespace ComplianceEngine.Analytics.Indicators;

/// <summary>
/// An indicator for one city and sector as of a date: <see cref="City"/> is a 设区市 or <c>江西省</c> for the province,
/// <see cref="Sector"/> a sector code or <c>*</c> for all (each member counted once); <see cref="Value"/> is
/// counted ÷ members for a share (null with no members) or the counted number; <see cref="Gap"/> is how far the value
/// is from the target in the target's direction (0 when met).
/// </summary>
public sealed record IndicatorValue(string Indicator, DateOnly AsOf, string City, string Sector, long Counted, long Members, double? Value, double? Gap);
