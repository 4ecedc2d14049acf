using System.Text.Json;

namespace ComplianceEngine.Core.Records;

/// <summary>Reads and validates an <c>"kind": "enterprise"</c> record.</summary>
internal static class EnterpriseRecordReader
{
    private const string PermitPath = "$.permit";
    private const string HistoryPath = "$.history";

    public static EnterpriseRecord? Read(JsonElement e, RecordFieldReader f)
    {
        var common = default(CommonFields);
        JsonElement creditCode = default, permit = default, emissions = default, history = default,
            legalRepresentative = default, address = default;
        var walk = new FieldWalk(e, JsonPaths.Root, f);
        while (walk.MoveNext())
        {
            switch (walk.Name)
            {
                case "creditCode": walk.Take(ref creditCode); break;
                case "permit": walk.Take(ref permit); break;
                case "emissions": walk.Take(ref emissions); break;
                case "history": walk.Take(ref history); break;
                case "legalRepresentative": walk.Take(ref legalRepresentative); break;
                case "address": walk.Take(ref address); break;
                default: common.TakeOrKeep(ref walk); break;
            }
        }

        const string root = JsonPaths.Root;
        var id = common.ReadId(f);
        var recordName = common.ReadName(f);
        var code = CreditCode.Read(creditCode, root, "creditCode", f);
        var industryCode = common.ReadIndustryCode(f);
        var place = common.ReadPlace(f);
        var representative = f.String(legalRepresentative, root, "legalRepresentative", required: false);
        var operatingAddress = f.String(address, root, "address", required: false);
        var emissionPermit = ReadPermit(permit, f);
        var facilities = common.ReadFacilities(f, idRequired: true, out var facilityIds);
        var lowVoc = common.ReadLowVocMaterialShare(f);
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
            City = place.City!,
            County = place.County,
            CityCode = place.CityCode,
            CountyCode = place.CountyCode,
            Notes = place.Notes,
            LegalRepresentative = representative,
            Address = operatingAddress,
            Permit = emissionPermit,
            Facilities = facilities,
            LowVocMaterialShare = lowVoc,
            Emissions = monthly,
            History = enforcement,
            Sectors = SectorCache.SectorsOf(industryCode!, facilities),
            Extra = walk.Extra,
        };
    }

    private static Permit? ReadPermit(JsonElement e, RecordFieldReader f)
    {
        // Required, but null is a value: the enterprise holds no permit.
        if (!f.Object(e, JsonPaths.Root, "permit", required: true, nullAllowed: true))
        {
            return null;
        }

        JsonElement number = default, managementClass = default, validFrom = default, validTo = default, lastReport = default,
            renewalApplied = default;
        var walk = new FieldWalk(e, PermitPath, f);
        while (walk.MoveNext())
        {
            switch (walk.Name)
            {
                case "number": walk.Take(ref number); break;
                case "managementClass": walk.Take(ref managementClass); break;
                case "validFrom": walk.Take(ref validFrom); break;
                case "validTo": walk.Take(ref validTo); break;
                case "lastAnnualReportYear": walk.Take(ref lastReport); break;
                case "renewalAppliedOn": walk.Take(ref renewalApplied); break;
                default: walk.Keep(); break;
            }
        }

        var permitNumber = f.String(number, PermitPath, "number", required: true);
        var mc = f.Enum(managementClass, PermitPath, "managementClass", required: true, ContractEnum.ManagementClasses);
        var from = f.Date(validFrom, PermitPath, "validFrom", required: true);
        var to = f.Date(validTo, PermitPath, "validTo", required: true);
        if (from is { } start && to is { } end && end < start)
        {
            f.Error(PermitPath, "validTo", new($"有效期止 {end:yyyy-MM-dd} 早于有效期起 {start:yyyy-MM-dd}", $"validTo {end:yyyy-MM-dd} is before validFrom {start:yyyy-MM-dd}"));
        }

        var reportYear = f.Integer(lastReport, PermitPath, "lastAnnualReportYear", required: false, 1900, 9999);
        var renewalAppliedOn = f.Date(renewalApplied, PermitPath, "renewalAppliedOn", required: false);
        return new Permit
        {
            Number = permitNumber ?? "",
            ManagementClass = mc ?? "",
            ValidFrom = from ?? default,
            ValidTo = to ?? default,
            LastAnnualReportYear = reportYear,
            RenewalAppliedOn = renewalAppliedOn,
            Extra = walk.Extra,
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
            f.Error(path, RecordReasons.Expected(RecordReasons.AnObject, e.ValueKind));
            return new Emission { FacilityId = "", Pollutant = "", ConcentrationMgM3 = 0, Period = default };
        }

        JsonElement facilityId = default, pollutant = default, concentration = default, period = default;
        var walk = new FieldWalk(e, path, f);
        while (walk.MoveNext())
        {
            switch (walk.Name)
            {
                case "facilityId": walk.Take(ref facilityId); break;
                case "pollutant": walk.Take(ref pollutant); break;
                case "concentrationMgM3": walk.Take(ref concentration); break;
                case "period": walk.Take(ref period); break;
                default: walk.Keep(); break;
            }
        }

        var facility = KnownFacility(facilityId, facilityIds) ?? f.String(facilityId, path, "facilityId", required: true);
        if (facility is not null && facilityIds is not null && !facilityIds.Contains(facility))
        {
            f.Error(path, "facilityId", new($"“{facility}”不是本企业的设施编号", $"facilityId '{facility}' does not name a facility of this enterprise"));
        }

        return new Emission
        {
            FacilityId = facility ?? "",
            Pollutant = f.Enum(pollutant, path, "pollutant", required: true, ContractEnum.Pollutants) ?? "",
            ConcentrationMgM3 = f.Number(concentration, path, "concentrationMgM3", required: true, NumberRange.NonNegative) ?? 0,
            Period = f.Month(period, path, "period", required: true) ?? default,
            Extra = walk.Extra,
        };
    }

    /// <summary>
    /// The facility's own id string when the value names one of this enterprise's facilities (compared on UTF-8,
    /// no allocation): a year of monthly emissions names the same few facilities again and again.
    /// </summary>
    private static string? KnownFacility(JsonElement e, List<string>? facilityIds)
    {
        if (facilityIds is null || e.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        foreach (var id in facilityIds)
        {
            if (e.ValueEquals(id))
            {
                return id;
            }
        }

        return null;
    }

    private static EnforcementHistory? ReadHistory(JsonElement e, RecordFieldReader f)
    {
        if (!f.Object(e, JsonPaths.Root, "history", required: false, nullAllowed: true))
        {
            return null;
        }

        JsonElement violations = default, inspections = default, complaints = default, rating = default;
        var walk = new FieldWalk(e, HistoryPath, f);
        while (walk.MoveNext())
        {
            switch (walk.Name)
            {
                case "violations3y": walk.Take(ref violations); break;
                case "inspections3y": walk.Take(ref inspections); break;
                case "complaints12m": walk.Take(ref complaints); break;
                case "creditRating": walk.Take(ref rating); break;
                default: walk.Keep(); break;
            }
        }

        return new EnforcementHistory
        {
            Violations3y = f.Integer(violations, HistoryPath, "violations3y", required: false, 0, int.MaxValue),
            Inspections3y = f.Integer(inspections, HistoryPath, "inspections3y", required: false, 0, int.MaxValue),
            Complaints12m = f.Integer(complaints, HistoryPath, "complaints12m", required: false, 0, int.MaxValue),
            CreditRating = f.Enum(rating, HistoryPath, "creditRating", required: false, ContractEnum.CreditRatings),
            Extra = walk.Extra,
        };
    }
}
