using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using static ComplianceEngine.Core.Records.RecordFieldWriter;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// Writes records back as contract JSON: camelCase, dates <c>yyyy-MM-dd</c>, emission periods <c>yyyy-MM</c>,
/// nulls and empty lists omitted (except <c>permit: null</c>, which the contract requires), unknown fields
/// (<c>Extra</c>) merged back, derived <c>Sectors</c> not written.
/// </summary>
public static class RecordWriter
{
    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions IndentedOptions = CompactOptions with { Indented = true };

    public static string Write(ComplianceRecord record, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(record);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedOptions : CompactOptions))
        {
            WriteRecord(writer, record);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Writes the records as one JSON array, flushing to the writer's stream as it goes: memory stays bounded for
    /// any number of records.
    /// </summary>
    public static void WriteArray(Utf8JsonWriter writer, IEnumerable<ComplianceRecord> records)
    {
        const int flushAt = 1 << 16;
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        writer.WriteStartArray();
        foreach (var record in records)
        {
            WriteRecord(writer, record);
            if (writer.BytesPending > flushAt)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes the records as JSON lines (one compact record a line, <c>\n</c> after each) to <paramref name="utf8"/>,
    /// flushing as it goes: memory stays bounded for any number of records.
    /// </summary>
    public static void WriteLines(Stream utf8, IEnumerable<ComplianceRecord> records)
    {
        const int flushAt = 1 << 16;
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(records);
        var buffer = new ArrayBufferWriter<byte>(flushAt * 2);
        using var writer = new Utf8JsonWriter(buffer, CompactOptions);
        foreach (var record in records)
        {
            WriteRecord(writer, record);
            writer.Flush();
            // A line ends each record; the writer starts afresh, as for a new document.
            writer.Reset();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount > flushAt)
            {
                utf8.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }

        utf8.Write(buffer.WrittenSpan);
    }

    public static JsonObject ToJson(ComplianceRecord record) => JsonNode.Parse(Write(record))!.AsObject();

    /// <summary>Writes one record object.</summary>
    public static void WriteRecord(Utf8JsonWriter writer, ComplianceRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        switch (record)
        {
            case ProjectRecord project:
                WriteProject(writer, project);
                break;
            case EnterpriseRecord enterprise:
                WriteEnterprise(writer, enterprise);
                break;
            default:
                throw new ArgumentException($"unknown record type {record.GetType().Name}", nameof(record));
        }

        Extra(writer, record.Extra, record is ProjectRecord ? ContractFieldNames.Project : ContractFieldNames.Enterprise);
        writer.WriteEndObject();
    }

    private static void WriteProject(Utf8JsonWriter w, ProjectRecord r)
    {
        w.WriteString("kind", "project");
        w.WriteString("id", r.Id);
        w.WriteString("name", r.Name);
        Str(w, "enterpriseId", r.EnterpriseId);
        w.WriteString("industryCode", r.IndustryCode);
        WritePlace(w, r);
        w.WriteString("constructionType", r.ConstructionType);
        Date(w, "applicationDate", r.ApplicationDate);
        Num(w, "annualEnergyTce", r.AnnualEnergyTce);

        w.WriteStartObject("site");
        w.WriteBoolean("inEcologicalRedLine", r.Site.InEcologicalRedLine);
        w.WriteBoolean("inPermanentBasicFarmland", r.Site.InPermanentBasicFarmland);
        w.WriteBoolean("inCountyBuiltUpArea", r.Site.InCountyBuiltUpArea);
        w.WriteBoolean("inChemicalPark", r.Site.InChemicalPark);
        Bool(w, "inLivestockBanZone", r.Site.InLivestockBanZone);
        Num(w, "distanceToYangtzeKm", r.Site.DistanceToYangtzeKm);
        Bool(w, "cityPm25Attained", r.Site.CityPm25Attained);
        Extra(w, r.Site.Extra, ContractFieldNames.Site);
        w.WriteEndObject();

        WriteFacilities(w, r.Facilities);
        Bool(w, "captiveCoalPowerUnit", r.CaptiveCoalPowerUnit);
        Bool(w, "addsCapacity", r.AddsCapacity);
        if (r.CapacityReplacement is { } replacement)
        {
            w.WriteStartObject("capacityReplacement");
            w.WriteNumber("ratio", replacement.Ratio);
            w.WriteBoolean("verified", replacement.Verified);
            Extra(w, replacement.Extra, ContractFieldNames.CapacityReplacement);
            w.WriteEndObject();
        }

        if (r.HeavyMetals.Count > 0)
        {
            w.WriteStartArray("heavyMetals");
            foreach (var metal in r.HeavyMetals)
            {
                w.WriteStringValue(metal);
            }

            w.WriteEndArray();
        }

        Str(w, "heavyMetalOffset", r.HeavyMetalOffset);
        if (r.RegionalOffset is { } offset)
        {
            w.WriteStartObject("regionalOffset");
            w.WriteStartArray("pollutants");
            foreach (var pollutant in offset.Pollutants)
            {
                w.WriteStringValue(pollutant);
            }

            w.WriteEndArray();
            w.WriteNumber("ratio", offset.Ratio);
            Extra(w, offset.Extra, ContractFieldNames.RegionalOffset);
            w.WriteEndObject();
        }

        Num(w, "lowVocMaterialShare", r.LowVocMaterialShare);
        Bool(w, "usesEliminatedProcess", r.UsesEliminatedProcess);
        if (r.Builder is { } builder)
        {
            w.WriteStartObject("builder");
            w.WriteString("name", builder.Name);
            Str(w, "creditCode", builder.CreditCode);
            Extra(w, builder.Extra, ContractFieldNames.Builder);
            w.WriteEndObject();
        }

        Str(w, "projectCode", r.ProjectCode);
        Str(w, "eiaDocument", r.EiaDocument);
        Num(w, "investmentTenThousandYuan", r.InvestmentTenThousandYuan);
    }

    private static void WriteEnterprise(Utf8JsonWriter w, EnterpriseRecord r)
    {
        w.WriteString("kind", "enterprise");
        w.WriteString("id", r.Id);
        w.WriteString("name", r.Name);
        Str(w, "creditCode", r.CreditCode);
        w.WriteString("industryCode", r.IndustryCode);
        WritePlace(w, r);
        Str(w, "legalRepresentative", r.LegalRepresentative);
        Str(w, "address", r.Address);
        if (r.Permit is { } permit)
        {
            w.WriteStartObject("permit");
            w.WriteString("number", permit.Number);
            w.WriteString("managementClass", permit.ManagementClass);
            Date(w, "validFrom", permit.ValidFrom);
            Date(w, "validTo", permit.ValidTo);
            Int(w, "lastAnnualReportYear", permit.LastAnnualReportYear);
            Date(w, "renewalAppliedOn", permit.RenewalAppliedOn);

            Extra(w, permit.Extra, ContractFieldNames.Permit);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("permit");
        }

        WriteFacilities(w, r.Facilities);
        Num(w, "lowVocMaterialShare", r.LowVocMaterialShare);
        if (r.Emissions.Count > 0)
        {
            w.WriteStartArray("emissions");
            foreach (var e in r.Emissions)
            {
                w.WriteStartObject();
                w.WriteString("facilityId", e.FacilityId);
                w.WriteString("pollutant", e.Pollutant);
                w.WriteNumber("concentrationMgM3", e.ConcentrationMgM3);
                w.WriteString("period", e.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture));
                Extra(w, e.Extra, ContractFieldNames.Emission);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (r.History is { } h)
        {
            w.WriteStartObject("history");
            Int(w, "violations3y", h.Violations3y);
            Int(w, "inspections3y", h.Inspections3y);
            Int(w, "complaints12m", h.Complaints12m);
            Str(w, "creditRating", h.CreditRating);
            Extra(w, h.Extra, ContractFieldNames.History);
            w.WriteEndObject();
        }
    }

    private static void WritePlace(Utf8JsonWriter w, ComplianceRecord r)
    {
        w.WriteString("city", r.City);
        Str(w, "county", r.County);
        Str(w, "cityCode", r.CityCode);
        Str(w, "countyCode", r.CountyCode);
    }

    private static void WriteFacilities(Utf8JsonWriter w, IReadOnlyList<Facility> facilities)
    {
        if (facilities.Count == 0)
        {
            return;
        }

        w.WriteStartArray("facilities");
        foreach (var f in facilities)
        {
            w.WriteStartObject();
            Str(w, "id", f.Id);
            Str(w, "name", f.Name);
            w.WriteString("type", f.Type);
            Str(w, "fuel", f.Fuel);
            Num(w, "capacityTph", f.CapacityTph);
            Num(w, "capacityMw", f.CapacityMw);
            Str(w, "ultraLowStatus", f.UltraLowStatus);
            Date(w, "ultraLowCompletedOn", f.UltraLowCompletedOn);
            Date(w, "commissionedOn", f.CommissionedOn);

            Bool(w, "lowNox", f.LowNox);
            Bool(w, "hasBypass", f.HasBypass);
            Bool(w, "onlineMonitoring", f.OnlineMonitoring);
            Bool(w, "vocTreated", f.VocTreated);
            Extra(w, f.Extra, ContractFieldNames.Facility);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
