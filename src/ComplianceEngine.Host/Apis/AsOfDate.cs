using System.Globalization;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Host.Apis;

/// <summary>The <c>asOf</c> query parameter: an ISO date, by default today on the bureaus' calendar (Asia/Shanghai).</summary>
public static class AsOfDate
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaTime.Offset).DateTime);

    /// <summary>A date as job arguments carry it: text, so stored arguments do not depend on a serializer's date handling.</summary>
    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly FromText(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The validation message for an <c>asOf</c> that <see cref="TryParse"/> refused.</summary>
    public static string Invalid(string? text) => $"expected a date yyyy-MM-dd, got '{text}'";

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
