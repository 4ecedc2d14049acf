namespace ComplianceEngine.Data.Outbox;

/// <summary>A notice as stored in the outbox, with its delivery state.</summary>
public sealed record OutboxNotice
{
    public required long Id { get; init; }
    public required string SubjectKind { get; init; }
    public required string SubjectId { get; init; }
    public required string NoticeType { get; init; }
    public required string Period { get; init; }
    public required string Language { get; init; }
    public required string Number { get; init; }
    public required DateOnly AsOf { get; init; }
    public required string Text { get; init; }
    public required string Html { get; init; }
    public required string Status { get; init; }
    public required int Attempts { get; init; }
    public string? LastError { get; init; }
}
