namespace ComplianceEngine.Data.Import;

/// <summary>A contract record as staged for the upsert: the columns the tables index, and the record itself as JSON text.</summary>
public sealed record RecordRow
{
    public required string Kind { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string IndustryCode { get; init; }
    public required string City { get; init; }
    public string? County { get; init; }
    public required string[] Sectors { get; init; }
    public string? CreditCode { get; init; }
    public string? PermitNumber { get; init; }
    public string? PermitManagementClass { get; init; }
    public DateOnly? PermitValidFrom { get; init; }
    public DateOnly? PermitValidTo { get; init; }
    public string? EnterpriseId { get; init; }
    public string? ConstructionType { get; init; }
    public DateOnly? ApplicationDate { get; init; }
    public required string Json { get; init; }
}
