using System.Text.Json;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// Checks a record against the whole contract (the engine's <see cref="RecordReader"/>, so the database accepts
/// exactly what the evaluator does) and reads the indexed columns out of it. The stored JSON is the record as it
/// came, unknown fields included.
/// </summary>
public static class RecordRowReader
{
    /// <summary>The row of a record read valid from <paramref name="element"/> (its JSON as it came); null for an invalid one.</summary>
    public static RecordRow? ToRow(ParsedRecord parsed, JsonElement element)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return parsed is { IsValid: true, Record: { } record } ? ToRow(record, element.GetRawText()) : null;
    }

    private static RecordRow ToRow(ComplianceRecord record, string json)
    {
        var enterprise = record as EnterpriseRecord;
        var project = record as ProjectRecord;
        return new RecordRow
        {
            Kind = record.Kind == RecordKind.Enterprise ? "enterprise" : "project",
            Id = record.Id,
            Name = record.Name,
            IndustryCode = record.IndustryCode,
            City = record.City,
            County = record.County,
            Sectors = [.. record.Sectors.Order(StringComparer.Ordinal)],
            CreditCode = enterprise?.CreditCode,
            PermitNumber = enterprise?.Permit?.Number,
            PermitManagementClass = enterprise?.Permit?.ManagementClass,
            PermitValidFrom = enterprise?.Permit?.ValidFrom,
            PermitValidTo = enterprise?.Permit?.ValidTo,
            EnterpriseId = project?.EnterpriseId,
            ConstructionType = project?.ConstructionType,
            ApplicationDate = project?.ApplicationDate,
            Json = json,
        };
    }
}
