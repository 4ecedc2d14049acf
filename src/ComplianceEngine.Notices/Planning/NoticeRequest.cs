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

    /// <summary>
    /// What the notice is about in time: <see cref="Standing"/> for instruments identified by their finding set alone,
    /// <c>{permit}@{validTo}@{stage}</c> for a renewal letter, <c>2026-11</c> for a city's inspection list.
    /// </summary>
    public required string Period { get; init; }

    /// <summary>The period of an instrument whose identity is its subject, kind and finding set: no month, no date.</summary>
    public const string Standing = "standing";

    /// <summary>The findings the notice lists, in the evaluator's order.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The record's outcome (approve, conditional or reject for projects; compliant, due or noncompliant for enterprises).</summary>
    public Outcome? Outcome { get; init; }

    /// <summary>Permit renewal letters: 120, 90 or 70 (days before the permit expires).</summary>
    public int? ReminderStage { get; init; }

    /// <summary>Inspection lists: the enterprises, in the order they should be inspected.</summary>
    public IReadOnlyList<InspectionEntry> Entries { get; init; } = [];

    /// <summary>The handling office's telephone an officer filled on a draft, printed instead of the authority's (none on file); null otherwise.</summary>
    public string? ContactPhone { get; init; }

    /// <summary>The recorded on-site inspection a correction decision rests on; null: a desk review of the filed and monitored data.</summary>
    public OnSiteCheck? Check { get; init; }

    public string FindingSetHash => Planning.FindingSetHash.Compute(this);
}
