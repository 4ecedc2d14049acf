using System.Globalization;
using ComplianceEngine.Data.Exceedances;

namespace ComplianceEngine.Host.Apis;

/// <summary>The <c>asOf</c> query parameter: an ISO date, by default today on the bureaus' calendar (Asia/Shanghai).</summary>
public static class AsOfDate
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaTime.Offset).DateTime);

    public static bool TryParse(string? text, TimeProvider clock, out DateOnly asOf)
    {
        if (string.IsNullOrEmpty(text))
        {
            asOf = Today(clock);
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf);
    }
}
