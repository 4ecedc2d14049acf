using System.Text.Json.Nodes;

namespace ComplianceEngine.Core.Records;

/// <summary>A boiler, kiln, line or tank. Enum-like fields keep the contract's strings (<c>"coal"</c>, <c>"in-progress"</c>).</summary>
public sealed record Facility
{
    /// <summary>Required for enterprises, optional for projects.</summary>
    public string? Id { get; init; }
    public required string Type { get; init; }

    /// <summary>The facility's name as the permit lists it, e.g. <c>1#烧结机</c>.</summary>
    public string? Name { get; init; }

    /// <summary>投入运行 date: decides whether an emission standard's table for existing or for new installations applies.</summary>
    public DateOnly? CommissionedOn { get; init; }
    public string? Fuel { get; init; }
    public double? CapacityTph { get; init; }
    public double? CapacityMw { get; init; }
    public string? UltraLowStatus { get; init; }
    public DateOnly? UltraLowCompletedOn { get; init; }
    public bool? LowNox { get; init; }
    public bool? HasBypass { get; init; }
    public bool? OnlineMonitoring { get; init; }
    public bool? VocTreated { get; init; }

    public bool UltraLowDone => UltraLowStatus == "completed";

    /// <summary>Fields the contract does not name: kept as they came, written back.</summary>
    public JsonObject? Extra { get; init; }
}
