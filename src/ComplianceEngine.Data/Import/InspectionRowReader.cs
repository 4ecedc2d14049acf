using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// Checks an inspection outcome, from a JSON object or from CSV fields: <c>enterpriseId</c>, <c>date</c>,
/// <c>violationFound</c>, and the optional <c>facilityId</c>, <c>pollutant</c> and <c>notes</c> (contract revision 2).
/// </summary>
public static class InspectionRowReader
{
    public static bool LooksLikeInspection(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && !e.TryGetProperty("kind", out _) && e.TryGetProperty("violationFound", out _);

    public static InspectionRow? Read(JsonElement e, List<RecordError> errors)
    {
        bool? violation = null;
        if (e.TryGetProperty("violationFound", out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            violation = v.GetBoolean();
        }
        else
        {
            errors.Add(new RecordError("$.violationFound", "required, true or false"));
        }

        var details = new InspectionDetails(Text(e, "facilityId", errors), Text(e, "pollutant", errors), Text(e, "notes", errors));
        return Check(Text(e, "enterpriseId", errors), Text(e, "date", errors), violation, details, errors, "$.");
    }

    /// <summary>From CSV fields; the optional ones are null when their column is absent or the field empty.</summary>
    public static InspectionRow? Read(string? enterpriseId, string? date, string? violationFound, InspectionDetails details, List<RecordError> errors)
    {
        bool? violation = violationFound?.Trim().ToLowerInvariant() switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => null,
        };
        if (violation is null)
        {
            errors.Add(new RecordError("violationFound", $"'{violationFound}' is not true or false"));
        }

        return Check(enterpriseId?.Trim(), date?.Trim(), violation, details, errors, "");
    }

    private static string? Text(JsonElement e, string name, List<RecordError> errors)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new RecordError("$." + name, $"expected a string, got {value.ValueKind.ToString().ToLowerInvariant()}"));
            return null;
        }

        return value.GetString();
    }

    private static InspectionRow? Check(string? id, string? date, bool? violation, InspectionDetails details, List<RecordError> errors, string prefix)
    {
        if (string.IsNullOrEmpty(id))
        {
            errors.Add(new RecordError(prefix + "enterpriseId", "required"));
        }

        DateOnly parsed = default;
        if (date is null || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed))
        {
            errors.Add(new RecordError(prefix + "date", $"'{date}' is not a date (YYYY-MM-DD)"));
        }

        return errors.Count == 0
            ? new InspectionRow(id!, parsed, violation!.Value, Blank(details.FacilityId), Blank(details.Pollutant), Blank(details.Notes))
            : null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What an inspection looked at, as given (contract revision 2); any part may be null.</summary>
public readonly record struct InspectionDetails(string? FacilityId, string? Pollutant, string? Notes);
