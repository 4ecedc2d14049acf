using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Notices.Planning;

/// <summary>
/// A notice that should exist: its type, subject, the findings it covers and the period it belongs to. Together
/// with <see cref="FindingSetHash"/> this is the outbox's identity of a notice, so asking again for the same
/// request never yields a second copy.
/// </summary>
public sealed record NoticeRequest
{
    public required NoticeType Type { get; init; }
    public required NoticeSubject Subject { get; init; }
    public required DateOnly AsOf { get; init; }

    /// <summary>What the notice is about in time, e.g. <c>2026-11</c> for a rectification, <c>2026-12-31@30</c> for a 30-day reminder.</summary>
    public required string Period { get; init; }

    /// <summary>The findings the notice lists, in the evaluator's order.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Screening opinions: approve, conditional or reject. Inspection lists and others: the record's outcome.</summary>
    public Outcome? Outcome { get; init; }

    /// <summary>Deadline reminders: 90, 30 or 7 (days ahead).</summary>
    public int? ReminderStage { get; init; }

    /// <summary>Inspection lists: the enterprises, in the order they should be inspected.</summary>
    public IReadOnlyList<InspectionEntry> Entries { get; init; } = [];

    public string FindingSetHash => Planning.FindingSetHash.Compute(this);
}
