using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// Reads the indexed columns out of a contract record and checks the fields those columns need (kind, id, name,
/// industry code, city, permit dates, project type and date), naming each problem by JSON path. The complete
/// contract check belongs to the record reader of the records branch and runs ahead of this once merged.
/// </summary>
public static class RecordRowReader
{
    private static readonly string[] ConstructionTypes = ["new", "expansion", "renovation", "relocation"];
    private static readonly string[] ManagementClasses = ["key", "simplified", "registration"];

    public static RecordRow? Read(JsonElement e, List<RecordError> errors)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new RecordError("$", "a record must be a JSON object"));
            return null;
        }

        var kind = Text(e, "kind", errors, required: true);
        if (kind is not null and not "enterprise" and not "project")
        {
            errors.Add(new RecordError("$.kind", $"unknown kind '{kind}' (enterprise or project)"));
        }

        var id = Text(e, "id", errors, required: true);
        var name = Text(e, "name", errors, required: true);
        var industryCode = Text(e, "industryCode", errors, required: true);
        if (industryCode is not null && (industryCode.Length != 4 || !industryCode.All(char.IsAsciiDigit)))
        {
            errors.Add(new RecordError("$.industryCode", "must be a 4-digit GB/T 4754-2017 class"));
        }

        var city = Text(e, "city", errors, required: true);
        var county = Text(e, "county", errors, required: false);
        var facilityTypes = FacilityTypes(e, errors);

        string? creditCode = null, permitNumber = null, permitClass = null, enterpriseId = null, constructionType = null;
        DateOnly? validFrom = null, validTo = null, applicationDate = null;
        if (kind == "enterprise")
        {
            creditCode = Text(e, "creditCode", errors, required: false);
            if (!e.TryGetProperty("permit", out var permit))
            {
                errors.Add(new RecordError("$.permit", "required (null when the enterprise holds no permit)"));
            }
            else if (permit.ValueKind == JsonValueKind.Object)
            {
                permitNumber = Text(permit, "number", errors, required: true, "$.permit");
                permitClass = Text(permit, "managementClass", errors, required: true, "$.permit");
                if (permitClass is not null && !ManagementClasses.Contains(permitClass))
                {
                    errors.Add(new RecordError("$.permit.managementClass", $"unknown value '{permitClass}'"));
                }

                validFrom = Date(permit, "validFrom", errors, required: true, "$.permit");
                validTo = Date(permit, "validTo", errors, required: true, "$.permit");
                if (validFrom > validTo)
                {
                    errors.Add(new RecordError("$.permit.validTo", "is before validFrom"));
                }
            }
            else if (permit.ValueKind != JsonValueKind.Null)
            {
                errors.Add(new RecordError("$.permit", "must be an object or null"));
            }
        }
        else if (kind == "project")
        {
            enterpriseId = Text(e, "enterpriseId", errors, required: false);
            constructionType = Text(e, "constructionType", errors, required: true);
            if (constructionType is not null && !ConstructionTypes.Contains(constructionType))
            {
                errors.Add(new RecordError("$.constructionType", $"unknown value '{constructionType}'"));
            }

            applicationDate = Date(e, "applicationDate", errors, required: true);
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var facilities = facilityTypes.Select(t => new Facility { Type = t });
        return new RecordRow
        {
            Kind = kind!, Id = id!, Name = name!, IndustryCode = industryCode!, City = city!, County = county,
            Sectors = [.. SectorMap.SectorsOf(industryCode!, facilities).Order(StringComparer.Ordinal)],
            CreditCode = creditCode, PermitNumber = permitNumber, PermitManagementClass = permitClass,
            PermitValidFrom = validFrom, PermitValidTo = validTo,
            EnterpriseId = enterpriseId, ConstructionType = constructionType, ApplicationDate = applicationDate,
            Json = e.GetRawText(),
        };
    }

    private static List<string> FacilityTypes(JsonElement e, List<RecordError> errors)
    {
        var types = new List<string>();
        if (!e.TryGetProperty("facilities", out var facilities) || facilities.ValueKind == JsonValueKind.Null)
        {
            return types;
        }

        if (facilities.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new RecordError("$.facilities", "must be an array"));
            return types;
        }

        var i = 0;
        foreach (var f in facilities.EnumerateArray())
        {
            if (f.ValueKind == JsonValueKind.Object && Text(f, "type", errors, required: true, $"$.facilities[{i}]") is { } type)
            {
                types.Add(type);
            }
            else if (f.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new RecordError($"$.facilities[{i}]", "must be an object"));
            }

            i++;
        }

        return types;
    }

    private static string? Text(JsonElement e, string name, List<RecordError> errors, bool required, string parent = "$")
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add(new RecordError($"{parent}.{name}", "required"));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new RecordError($"{parent}.{name}", $"must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}"));
            return null;
        }

        var text = value.GetString()!;
        if (required && text.Length == 0)
        {
            errors.Add(new RecordError($"{parent}.{name}", "must not be empty"));
            return null;
        }

        return text;
    }

    private static DateOnly? Date(JsonElement e, string name, List<RecordError> errors, bool required, string parent = "$")
    {
        var text = Text(e, name, errors, required, parent);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new RecordError($"{parent}.{name}", $"'{text}' is not a date (YYYY-MM-DD)"));
        return null;
    }
}
