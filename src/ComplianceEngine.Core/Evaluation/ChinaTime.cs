namespace ComplianceEngine.Core.Evaluation;

/// <summary>
/// China's civil time: UTC+8 all year (no daylight saving since 1991), the zone the readings and the bureaus'
/// calendar days use. SQL uses the zone name <c>Asia/Shanghai</c> for the same clock.
/// </summary>
public static class ChinaTime
{
    public const string ZoneName = "Asia/Shanghai";
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset StartOfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>
    /// The twelve months up to an as-of date: from the first day of the eleventh month before it to the end of the
    /// as-of day. Later readings are the future and do not count, as the contract says of monitored values.
    /// </summary>
    public static (DateTimeOffset From, DateTimeOffset To) TwelveMonthsUpTo(DateOnly asOf) =>
        (StartOfDay(new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-11)), StartOfDay(asOf.AddDays(1)));
}
