namespace ComplianceEngine.Data.Migrations;

/// <summary>A migration script failed and was rolled back; names the script and the statement that broke.</summary>
public sealed class MigrationFailedException(string script, string? statement, Exception inner)
    : Exception(Describe(script, statement, inner), inner)
{
    public string Script { get; } = script;
    public string? Statement { get; } = statement;

    private static string Describe(string script, string? statement, Exception inner) =>
        $"Migration {script} failed and was rolled back: {inner.Message}" +
        (statement is null ? "" : $"{Environment.NewLine}Statement: {statement.Trim()}");
}
