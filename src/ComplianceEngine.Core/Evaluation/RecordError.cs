namespace ComplianceEngine.Core.Evaluation;

/// <summary>One problem with an input record: where (file, record, JSON path) and why.</summary>
public sealed record RecordError(string Path, string Reason)
{
    public string? Source { get; init; }
    public string? RecordId { get; init; }
    public int? Index { get; init; }

    public override string ToString() =>
        $"{Source ?? "<input>"}{(Index is { } i ? $"[{i}]" : "")}{(RecordId is { } id ? $" ({id})" : "")} {Path}: {Reason}";
}
