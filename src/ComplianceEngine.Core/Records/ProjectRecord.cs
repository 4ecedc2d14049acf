namespace ComplianceEngine.Core.Records;

public sealed record ProjectRecord : ComplianceRecord
{
    public string? EnterpriseId { get; init; }

    /// <summary><c>new</c>, <c>expansion</c>, <c>renovation</c> or <c>relocation</c>.</summary>
    public required string ConstructionType { get; init; }
    public required DateOnly ApplicationDate { get; init; }
    public double? AnnualEnergyTce { get; init; }
    public required ProjectSite Site { get; init; }
    public bool? CaptiveCoalPowerUnit { get; init; }
    public bool? AddsCapacity { get; init; }
    public CapacityReplacement? CapacityReplacement { get; init; }
    public IReadOnlyList<string> HeavyMetals { get; init; } = [];

    /// <summary><c>reduction</c>, <c>equal</c> or <c>none</c> (减量置换/等量替换).</summary>
    public string? HeavyMetalOffset { get; init; }
    public RegionalOffset? RegionalOffset { get; init; }
    public bool? UsesEliminatedProcess { get; init; }

    /// <summary>建设单位: who builds the project.</summary>
    public ProjectBuilder? Builder { get; init; }

    /// <summary>The national 投资项目代码 of the project.</summary>
    public string? ProjectCode { get; init; }

    /// <summary><c>report</c>, <c>table</c> or <c>registration</c> (环境影响报告书/报告表/登记表).</summary>
    public string? EiaDocument { get; init; }

    /// <summary>Total investment in 万元 (ten thousand yuan), ≥ 0.</summary>
    public double? InvestmentTenThousandYuan { get; init; }

    public bool IsNewOrExpansion => ConstructionType is "new" or "expansion";

    public override RecordKind Kind => RecordKind.Project;
}
