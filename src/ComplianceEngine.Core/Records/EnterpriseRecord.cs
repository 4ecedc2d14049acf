namespace ComplianceEngine.Core.Records;

public sealed record EnterpriseRecord : ComplianceRecord
{
    public string? CreditCode { get; init; }

    /// <summary>Null: the enterprise holds no emission permit.</summary>
    public Permit? Permit { get; init; }
    public IReadOnlyList<Emission> Emissions { get; init; } = [];
    public EnforcementHistory? History { get; init; }

    public override RecordKind Kind => RecordKind.Enterprise;
}
