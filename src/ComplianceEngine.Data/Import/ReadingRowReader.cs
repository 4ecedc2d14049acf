using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Monitoring;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// Checks the CSV fields of a reading: known pollutant, an instant with an offset on the hour, a concentration ≥ 0
/// written as a plain number (no thousands separator: <c>1,234.5</c> is refused, never read as 1), and the optional
/// <c>correction</c> (true/false/1/0; empty or absent is false).
/// </summary>
public static class ReadingRowReader
{
    public static ReadingRow? Read(string enterpriseId, string facilityId, string pollutant, string hour, string concentration, string? correction, long line, List<RecordError> errors)
    {
        if (enterpriseId.Length == 0)
        {
            errors.Add(new RecordError("enterpriseId", "required"));
        }

        if (facilityId.Length == 0)
        {
            errors.Add(new RecordError("facilityId", "required"));
        }

        if (!Pollutants.Known.Contains(pollutant))
        {
            errors.Add(new RecordError("pollutant", $"'{pollutant}' is not one of PM, SO2, NOx, NMHC"));
        }

        var instant = ParseHour(hour, errors);
        var value = ParseConcentration(concentration, errors);
        var corrects = ParseCorrection(correction, errors);
        return errors.Count == 0 ? new ReadingRow(enterpriseId, facilityId, pollutant, instant, value, corrects, line) : null;
    }

    private static double ParseConcentration(string concentration, List<RecordError> errors)
    {
        // NumberStyles.Float has no AllowThousands: "1,234.5" fails here rather than being cut at the comma.
        if (!double.TryParse(concentration, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            errors.Add(new RecordError("concentrationMgM3", concentration.Contains(',', StringComparison.Ordinal)
                ? $"'{concentration}' has a thousands separator; write the number without it (1234.5)"
                : $"'{concentration}' is not a number"));
            return 0;
        }

        if (value < 0)
        {
            errors.Add(new RecordError("concentrationMgM3", $"{concentration} is negative"));
        }

        return value;
    }

    private static bool ParseCorrection(string? correction, List<RecordError> errors)
    {
        switch (correction?.Trim().ToLowerInvariant())
        {
            case null or "" or "false" or "0":
                return false;
            case "true" or "1":
                return true;
            default:
                errors.Add(new RecordError("correction", double.TryParse(correction, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    ? $"'{correction}' is not true or false (a thousands separator in the concentration splits it into two fields)"
                    : $"'{correction}' is not true or false"));
                return false;
        }
    }

    private static DateTimeOffset ParseHour(string hour, List<RecordError> errors)
    {
        // The contract's instants carry an offset; a bare local time would make the engine guess the zone.
        var hasOffset = hour.EndsWith('Z') || hour.Length > 6 && hour[^6] is '+' or '-' && hour[^3] == ':';
        if (!hasOffset || !DateTimeOffset.TryParse(hour, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            errors.Add(new RecordError("hour", $"'{hour}' is not an instant with an offset (2025-10-01T08:00:00+08:00)"));
            return default;
        }

        if (instant.Minute != 0 || instant.Second != 0 || instant.Millisecond != 0)
        {
            errors.Add(new RecordError("hour", $"'{hour}' is not on the hour"));
        }

        return instant;
    }
}
