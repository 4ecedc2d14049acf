using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Rules.Parameters;

/// <summary>
/// The parameters as rule expressions see them (<c>p</c>), resolved for one city on one as-of date.
/// Compiled expressions read values by slot (<see cref="NumAt"/>); the by-name methods are what authors write.
/// </summary>
public sealed class ParameterSet
{
    private readonly ParameterCatalog _catalog;
    private readonly ParameterValue?[] _values;
    // By facility type only: one string hash per lookup, then a scan of the few limits of that type.
    private readonly Dictionary<string, EmissionLimit[]> _limits;
    private readonly DateOnly _limitsFrom;

    /// <param name="month">The month a monthly reading covers (its first day): limits must be in force all through it.</param>
    internal ParameterSet(ParameterCatalog catalog, string city, DateOnly asOf, DateOnly? month)
    {
        _catalog = catalog;
        City = city;
        AsOf = asOf;
        _limitsFrom = month ?? asOf;
        var limitsTo = month?.AddMonths(1).AddDays(-1) ?? asOf;
        _values = catalog.Definitions.Select(d => d.Resolve(city, asOf)).ToArray();
        _limits = catalog.Limits
            .Where(l => l.AppliesTo(city, _limitsFrom) && l.AppliesTo(city, limitsTo))
            .SelectMany(l => l.FacilityTypes.Select(t => (Type: t, Limit: l)))
            .GroupBy(x => x.Type, x => x.Limit, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public DateOnly AsOf { get; }
    public string City { get; }

    public double? Num(string name) => NumAt(Slot(name));
    public DateOnly? Date(string name) => DateAt(Slot(name));
    public bool? Flag(string name) => FlagAt(Slot(name));

    public double? NumAt(int slot) => (double?)_values[slot]?.Value;
    public DateOnly? DateAt(int slot) => (DateOnly?)_values[slot]?.Value;
    public bool? FlagAt(int slot) => (bool?)_values[slot]?.Value;

    /// <summary>The value in force and where it comes from, for explaining a finding.</summary>
    public ParameterValue? ValueAt(int slot) => _values[slot];

    public int? DaysUntil(DateOnly? date) => date is { } d ? d.DayNumber - AsOf.DayNumber : null;

    /// <summary>The date a number of days (a parameter, e.g. a legal lead time) before another; null when either is missing.</summary>
    public DateOnly? DateBefore(DateOnly? date, double? days) => date is { } d && days is { } n ? d.AddDays(-(int)Math.Round(n)) : null;

    /// <summary>The strictest applicable limit in mg/m³ for the facility and pollutant, or null when no limit applies.</summary>
    public double? Limit(string regime, Facility? facility, string pollutant) =>
        FindLimit(regime, facility, pollutant)?.ValueMgM3;

    /// <summary>
    /// The limit in mg/m³ a value must exceed to exceed the standard whatever the installation's age: the limit of its
    /// table when <c>commissionedOn</c> is known, else the loosest of the tables it could fall under
    /// (<see cref="InstallationAge.WhateverAge"/>); null when no limit applies or the date decides whether one does.
    /// </summary>
    public double? LimitWhateverAge(string regime, Facility? facility, string pollutant) =>
        FindLimitWhateverAge(regime, facility, pollutant)?.ValueMgM3;

    /// <summary>
    /// The standard and table the limit <see cref="LimitWhateverAge"/> judges by is set in, e.g. <c>GB 28662-2012 表2</c>,
    /// so a finding names the provision it was judged by rather than every standard its rule covers; null when no
    /// limit applies.
    /// </summary>
    public string? LimitSource(string regime, Facility? facility, string pollutant) =>
        FindLimitWhateverAge(regime, facility, pollutant)?.Reference.NumberAndTable;

    private EmissionLimit? FindLimitWhateverAge(string regime, Facility? facility, string pollutant)
    {
        if (facility?.CommissionedOn is not null)
        {
            return FindLimit(regime, facility, pollutant);
        }

        if (facility is null || !_limits.TryGetValue(facility.Type, out var candidates))
        {
            return null;
        }

        return InstallationAge.WhateverAge(
            [.. candidates.Where(l => l.Regime == regime && l.Pollutant == pollutant && (l.Fuel is null || l.Fuel == facility.Fuel))], _limitsFrom);
    }

    public EmissionLimit? FindLimit(string regime, Facility? facility, string pollutant)
    {
        if (facility is null || !_limits.TryGetValue(facility.Type, out var candidates))
        {
            return null;
        }

        EmissionLimit? best = null;
        foreach (var l in candidates)
        {
            if (l.Regime == regime && l.Pollutant == pollutant && (l.Fuel is null || l.Fuel == facility.Fuel)
                && l.CoversInstallation(facility.CommissionedOn) && (best is null || l.ValueMgM3 < best.ValueMgM3))
            {
                best = l;
            }
        }

        return best;
    }

    private int Slot(string name) =>
        _catalog.TryGet(name, out var slot, out _) ? slot : throw new KeyNotFoundException($"unknown parameter '{name}'");
}
