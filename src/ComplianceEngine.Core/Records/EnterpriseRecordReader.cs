using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Core.Records;

/// <summary>Reads and validates an <c>"kind": "enterprise"</c> record.</summary>
internal static class EnterpriseRecordReader
{
    private const string PermitPath = "$.permit";
    private const string HistoryPath = "$.history";

    public static EnterpriseRecord? Read(JsonElement e, RecordFieldReader f)
    {
        var common = default(CommonFields);
        JsonElement creditCode = default, permit = default, emissions = default, history = default;
        JsonObject? extra = null;
        foreach (var p in e.EnumerateObject())
        {
            var name = p.Name;
            if (common.Take(name, p, f))
            {
                continue;
            }

            switch (name)
            {
                case "creditCode": f.Take(ref creditCode, p, JsonPaths.Root); break;
                case "permit": f.Take(ref permit, p, JsonPaths.Root); break;
                case "emissions": f.Take(ref emissions, p, JsonPaths.Root); break;
                case "history": f.Take(ref history, p, JsonPaths.Root); break;
                default: f.AddExtra(ref extra, p, JsonPaths.Root); break;
            }
        }

        const string root = JsonPaths.Root;
        var id = f.String(common.Id, root, "id", required: true);
        var recordName = f.String(common.Name, root, "name", required: true);
        var code = f.String(creditCode, root, "creditCode", required: false);
        if (code is not null && CreditCode.Validate(code) is { } codeProblem)
        {
            f.Error(root, "creditCode", codeProblem);
        }

        var industryCode = CommonFields.ReadIndustryCode(common.IndustryCode, f);
        var city = f.String(common.City, root, "city", required: true);
        var county = f.String(common.County, root, "county", required: false);
        var emissionPermit = ReadPermit(permit, f);
        var facilities = FacilityReader.ReadAll(common.Facilities, f, idRequired: true, out var facilityIds);
        var lowVoc = f.Number(common.LowVocMaterialShare, root, "lowVocMaterialShare", required: false, NumberRange.Fraction);
        var monthly = ReadEmissions(emissions, facilityIds, f);
        var enforcement = ReadHistory(history, f);

        if (f.HasErrors)
        {
            return null;
        }

        return new EnterpriseRecord
        {
            Id = id!,
            Name = recordName!,
            CreditCode = code,
            IndustryCode = industryCode!,
            City = city!,
            County = county,
            Permit = emissionPermit,
            Facilities = facilities,
            LowVocMaterialShare = lowVoc,
            Emissions = monthly,
            History = enforcement,
            Sectors = SectorCache.SectorsOf(industryCode!, facilities),
            Extra = extra,
        };
    }

    private static Permit? ReadPermit(JsonElement e, RecordFieldReader f)
    {
        // Required, but null is a value: the enterprise holds no permit.
        if (!f.Object(e, JsonPaths.Root, "permit", required: true, nullAllowed: true))
        {
            return null;
        }

        JsonElement number = default, managementClass = default, validFrom = default, validTo = default, lastReport = default;
        JsonObject? extra = null;
        foreach (var p in e.EnumerateObject())
        {
            switch (p.Name)
            {
                case "number": f.Take(ref number, p, PermitPath); break;
                case "managementClass": f.Take(ref managementClass, p, PermitPath); break;
                case "validFrom": f.Take(ref validFrom, p, PermitPath); break;
                case "validTo": f.Take(ref validTo, p, PermitPath); break;
                case "lastAnnualReportYear": f.Take(ref lastReport, p, PermitPath); break;
                default: f.AddExtra(ref extra, p, PermitPath); break;
            }
        }

        var permitNumber = f.String(number, PermitPath, "number", required: true);
        var mc = f.Enum(managementClass, PermitPath, "managementClass", required: true, ContractEnum.ManagementClasses);
        var from = f.Date(validFrom, PermitPath, "validFrom", required: true);
        var to = f.Date(validTo, PermitPath, "validTo", required: true);
        if (from is { } start && to is { } end && end < start)
        {
            f.Error(PermitPath, "validTo", $"validTo {end:yyyy-MM-dd} is before validFrom {start:yyyy-MM-dd}");
        }

        var reportYear = f.Integer(lastReport, PermitPath, "lastAnnualReportYear", required: false, 1900, 9999);
        return new Permit
        {
            Number = permitNumber ?? "",
            ManagementClass = mc ?? "",
            ValidFrom = from ?? default,
            ValidTo = to ?? default,
            LastAnnualReportYear = reportYear,
            Extra = extra,
        };
    }

    private static IReadOnlyList<Emission> ReadEmissions(JsonElement e, List<string>? facilityIds, RecordFieldReader f)
    {
        if (!f.Array(e, JsonPaths.Root, "emissions", required: false) || e.GetArrayLength() == 0)
        {
            return [];
        }

        var emissions = new Emission[e.GetArrayLength()];
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            var path = JsonPaths.Item(JsonPaths.Emissions, i);
            emissions[i++] = ReadEmission(item, path, facilityIds, f);
        }

        return emissions;
    }

    private static Emission ReadEmission(JsonElement e, string path, List<string>? facilityIds, RecordFieldReader f)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            f.Error(path, $"expected an object, got {RecordFieldReader.KindName(e.ValueKind)}");
            return new Emission { FacilityId = "", Pollutant = "", ConcentrationMgM3 = 0, Period = default };
        }

        JsonElement facilityId = default, pollutant = default, concentration = default, period = default;
        JsonObject? extra = null;
        foreach (var p in e.EnumerateObject())
        {
            switch (p.Name)
            {
                case "facilityId": f.Take(ref facilityId, p, path); break;
                case "pollutant": f.Take(ref pollutant, p, path); break;
                case "concentrationMgM3": f.Take(ref concentration, p, path); break;
                case "period": f.Take(ref period, p, path); break;
                default: f.AddExtra(ref extra, p, path); break;
            }
        }

        var facility = f.String(facilityId, path, "facilityId", required: true);
        if (facility is not null && facilityIds is not null && !facilityIds.Contains(facility))
        {
            f.Error(path, "facilityId", $"facilityId '{facility}' does not name a facility of this enterprise");
        }

        return new Emission
        {
            FacilityId = facility ?? "",
            Pollutant = f.Enum(pollutant, path, "pollutant", required: true, ContractEnum.Pollutants) ?? "",
            ConcentrationMgM3 = f.Number(concentration, path, "concentrationMgM3", required: true, NumberRange.NonNegative) ?? 0,
            Period = f.Month(period, path, "period", required: true) ?? default,
            Extra = extra,
        };
    }

    private static EnforcementHistory? ReadHistory(JsonElement e, RecordFieldReader f)
    {
        if (!f.Object(e, JsonPaths.Root, "history", required: false, nullAllowed: true))
        {
            return null;
        }

        JsonElement violations = default, inspections = default, complaints = default, rating = default;
        JsonObject? extra = null;
        foreach (var p in e.EnumerateObject())
        {
            switch (p.Name)
            {
                case "violations3y": f.Take(ref violations, p, HistoryPath); break;
                case "inspections3y": f.Take(ref inspections, p, HistoryPath); break;
                case "complaints12m": f.Take(ref complaints, p, HistoryPath); break;
                case "creditRating": f.Take(ref rating, p, HistoryPath); break;
                default: f.AddExtra(ref extra, p, HistoryPath); break;
            }
        }

        return new EnforcementHistory
        {
            Violations3y = f.Integer(violations, HistoryPath, "violations3y", required: false, 0, int.MaxValue),
            Inspections3y = f.Integer(inspections, HistoryPath, "inspections3y", required: false, 0, int.MaxValue),
            Complaints12m = f.Integer(complaints, HistoryPath, "complaints12m", required: false, 0, int.MaxValue),
            CreditRating = f.Enum(rating, HistoryPath, "creditRating", required: false, ContractEnum.CreditRatings),
            Extra = extra,
        };
    }
}
