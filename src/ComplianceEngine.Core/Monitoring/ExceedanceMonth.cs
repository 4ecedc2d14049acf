namespace ComplianceEngine.Core.Monitoring;

/// <summary>
/// Hourly monitoring facts of one facility's pollutant in one China local month (UTC+8): the hours whose reading was
/// above the limit that applied that day. Supplied to the <c>exceedance</c> scope of the catalog (the <c>x</c> of
/// <c>LIM-HOURLY-01</c>) by whoever holds the readings; the catalog, not the store, decides what they mean.
/// </summary>
public sealed record ExceedanceMonth
{
    public required string FacilityId { get; init; }

    /// <summary><c>PM</c>, <c>SO2</c>, <c>NOx</c> or <c>NMHC</c>.</summary>
    public required string Pollutant { get; init; }

    /// <summary>First day of the China local month.</summary>
    public required DateOnly Month { get; init; }

    /// <summary>Hours of the month with a reading above the applicable limit.</summary>
    public required int ExceedingHours { get; init; }

    /// <summary>China local days of the month with at least one exceeding hour.</summary>
    public required int ExceedingDays { get; init; }

    /// <summary>Highest exceeding hourly concentration, mg/m³ at the standard's reference oxygen.</summary>
    public required double MaxConcentrationMgM3 { get; init; }

    /// <summary>The lowest limit the month's exceeding hours were judged by, mg/m³.</summary>
    public required double LimitMgM3 { get; init; }

    /// <summary>The regime of that limit: <c>standard</c> (排放标准) or <c>ultra-low</c> (超低排放).</summary>
    public required string Regime { get; init; }

    /// <summary>Where that limit is set: the standard's title and number (e.g. <c>锅炉大气污染物排放标准 GB 13271-2014</c>); null when the limit names none.</summary>
    public string? Standard { get; init; }

    /// <summary>The standard's number and table that limit is set in (e.g. <c>GB 13271-2014 表2</c>); null when the limit names none.</summary>
    public string? StandardSource { get; init; }

    /// <summary>The exceeding hours, oldest first.</summary>
    public IReadOnlyList<ExceedanceReading> Readings { get; init; } = [];
}

/// <summary>One exceeding hourly reading: <see cref="Hour"/> in China time (+08:00), concentration and limit in mg/m³.</summary>
public sealed record ExceedanceReading(DateTimeOffset Hour, double ConcentrationMgM3, double LimitMgM3);
