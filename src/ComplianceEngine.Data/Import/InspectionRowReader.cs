using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Data.Import;

/// <summary>Checks an inspection outcome, from a JSON object or from the three CSV fields.</summary>
public static class InspectionRowReader
{
    public static bool LooksLikeInspection(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && !e.TryGetProperty("kind", out _) && e.TryGetProperty("violationFound", out _);

    public static InspectionRow? Read(JsonElement e, List<RecordError> errors)
    {
        string? id = null, date = null;
        bool? violation = null;
        if (e.TryGetProperty("enterpriseId", out var idValue) && idValue.ValueKind == JsonValueKind.String)
        {
            id = idValue.GetString();
        }

        if (e.TryGetProperty("date", out var dateValue) && dateValue.ValueKind == JsonValueKind.String)
        {
            date = dateValue.GetString();
        }

        if (e.TryGetProperty("violationFound", out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            violation = v.GetBoolean();
        }
        else
        {
            errors.Add(new RecordError("$.violationFound", "required, true or false"));
        }

        return Check(id, date, violation, errors, "$.");
    }

    public static InspectionRow? Read(string? enterpriseId, string? date, string? violationFound, List<RecordError> errors)
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

        return Check(enterpriseId?.Trim(), date?.Trim(), violation, errors, "");
    }

    private static InspectionRow? Check(string? id, string? date, bool? violation, List<RecordError> errors, string prefix)
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

        return errors.Count == 0 ? new InspectionRow(id!, parsed, violation!.Value) : null;
    }
}
