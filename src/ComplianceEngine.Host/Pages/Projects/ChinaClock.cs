using System.Globalization;

namespace ComplianceEngine.Host.Pages.Projects;

/// <summary>The time of day beside a <c>DisplayDate</c> date on these pages: <c>HH:mm</c> in China Standard Time (UTC+8), as the date is.</summary>
public static class ChinaClock
{
    public static string Format(DateTimeOffset instant) => instant.ToOffset(TimeSpan.FromHours(8)).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A UTC time as the store returns it (a <see cref="DateTime"/> of kind UTC or unspecified).</summary>
    public static string Format(DateTime utc) => Format(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
