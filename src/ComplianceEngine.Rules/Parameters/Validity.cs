namespace ComplianceEngine.Rules.Parameters;

/// <summary>When and where a dated value applies: in force from <c>from</c> to <c>to</c> (inclusive), in the listed cities or everywhere.</summary>
internal static class Validity
{
    public static bool AppliesTo(DateOnly from, DateOnly? to, IReadOnlyList<string> cities, string city, DateOnly asOf) =>
        asOf >= from && (to is not { } end || asOf <= end) && (cities.Count == 0 || cities.Contains(city));
}
