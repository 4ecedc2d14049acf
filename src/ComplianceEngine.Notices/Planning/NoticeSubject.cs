using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Notices.Planning;

/// <summary>Whom a notice is about: an enterprise, a project, or (for inspection lists) a city.</summary>
public sealed record NoticeSubject(string Kind, string Id, string Name, string City)
{
    public const string EnterpriseKind = "enterprise";
    public const string ProjectKind = "project";
    public const string CityKind = "city";

    /// <summary>The record the notice is addressed about; null for a city.</summary>
    public ComplianceRecord? Record { get; init; }

    public static NoticeSubject Of(ComplianceRecord record) => new(
        record.Kind == RecordKind.Enterprise ? EnterpriseKind : ProjectKind, record.Id, record.Name, record.City) { Record = record };

    public static NoticeSubject OfCity(string city) => new(CityKind, city, city, city);
}
