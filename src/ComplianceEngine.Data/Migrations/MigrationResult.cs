namespace ComplianceEngine.Data.Migrations;

/// <summary>The scripts a run applied, in order; empty when the database was already up to date.</summary>
public sealed record MigrationResult(IReadOnlyList<string> Applied);
