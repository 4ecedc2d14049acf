using System.Text.Json.Nodes;

namespace ComplianceEngine.Core.Records;

/// <summary>建设单位 of a project: its name, and its 统一社会信用代码 (GB 32100-2015 check character verified) when given.</summary>
public sealed record ProjectBuilder
{
    public required string Name { get; init; }
    public string? CreditCode { get; init; }

    /// <summary>Fields the contract does not name: kept as they came, written back.</summary>
    public JsonObject? Extra { get; init; }
}
