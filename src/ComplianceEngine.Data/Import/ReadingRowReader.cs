using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Monitoring;

namespace ComplianceEngine.Data.Import;

/// <summary>Checks the five CSV fields of a reading: known pollutant, an instant with an offset on the hour, a concentration ≥ 0.</summary>
public static class ReadingRowReader
{
    public static ReadingRow? Read(string enterpriseId, string facilityId, string pollutant, string hour, string concentration, List<RecordError> errors)
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
        if (!double.TryParse(concentration, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            errors.Add(new RecordError("concentrationMgM3", $"'{concentration}' is not a number"));
        }
        else if (value < 0)
        {
            errors.Add(new RecordError("concentrationMgM3", $"{concentration} is negative"));
        }

        return errors.Count == 0 ? new ReadingRow(enterpriseId, facilityId, pollutant, instant, value) : null;
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
