namespace ComplianceEngine.Core.Records;

public sealed record EnterpriseRecord : ComplianceRecord
{
    public string? CreditCode { get; init; }

    /// <summary>法定代表人 (or 主要负责人), as the enterprise gives it.</summary>
    public string? LegalRepresentative { get; init; }

    /// <summary>生产经营场所地址: where the enterprise operates.</summary>
    public string? Address { get; init; }

    /// <summary>Null: the enterprise holds no emission permit.</summary>
    public Permit? Permit { get; init; }
    public IReadOnlyList<Emission> Emissions { get; init; } = [];
    public EnforcementHistory? History { get; init; }

    public override RecordKind Kind => RecordKind.Enterprise;
}
