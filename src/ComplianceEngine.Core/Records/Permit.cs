using System.Text.Json.Nodes;

namespace ComplianceEngine.Core.Records;

public sealed record Permit
{
    public required string Number { get; init; }

    /// <summary><c>key</c>, <c>simplified</c> or <c>registration</c> (重点管理/简化管理/登记管理).</summary>
    public required string ManagementClass { get; init; }
    public required DateOnly ValidFrom { get; init; }
    public required DateOnly ValidTo { get; init; }
    public int? LastAnnualReportYear { get; init; }

    /// <summary>When an application to renew (延续) the permit was filed; null when none is known.</summary>
    public DateOnly? RenewalAppliedOn { get; init; }

    /// <summary>Fields the contract does not name: kept as they came, written back.</summary>
    public JsonObject? Extra { get; init; }
}
