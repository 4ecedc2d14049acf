namespace ComplianceEngine.Data.Documents;

/// <summary>
/// A decision as drafted: its identity (subject, type, finding-set hash, period), issuing authority, as-of date, the
/// record as judged and its findings (JSON, to render it again with a number), outcome and the draft's text and HTML.
/// </summary>
public sealed record DraftDocument(
    string SubjectKind, string SubjectId, string DocumentType, string FindingSetHash, string Period, string Language,
    string AuthorityCity, DateOnly AsOf, string RecordJson, string FindingsJson, string? Outcome, string DraftText, string DraftHtml)
{
    /// <summary>The recorded on-site inspection the decision rests on, as JSON; null for a desk review (migration 0071).</summary>
    public string? CheckJson { get; init; }
}

/// <summary>A stored decision: the draft, and once issued its number, issuer, role, time, exact text and outbox row.</summary>
public sealed record StoredDocument
{
    public required long Id { get; init; }
    public required string SubjectKind { get; init; }
    public required string SubjectId { get; init; }
    public required string DocumentType { get; init; }
    public required string FindingSetHash { get; init; }
    public required string Period { get; init; }
    public required string Language { get; init; }
    public required string AuthorityCity { get; init; }
    public required DateOnly AsOf { get; init; }
    public required string RecordJson { get; init; }
    public required string FindingsJson { get; init; }
    public string? Outcome { get; init; }

    /// <summary>The text as drafted, unnumbered and marked 草稿: what the officer reads before issuing.</summary>
    public string? DraftText { get; init; }

    /// <summary><c>draft</c> or <c>issued</c>.</summary>
    public required string Status { get; init; }
    public string? Number { get; init; }
    public string? IssuedBy { get; init; }
    public string? IssuedRole { get; init; }
    public DateTime? IssuedAt { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public long? NoticeId { get; init; }

    /// <summary>The elements an officer filled on the draft, as JSON: element → value, who, role, when (migration 0071).</summary>
    public string? FilledJson { get; init; }

    /// <summary>The recorded on-site inspection the decision rests on, as JSON; null for a desk review.</summary>
    public string? CheckJson { get; init; }
}

/// <summary>A draft after an officer filled blank elements: the filled-elements JSON and the draft rendered again with them.</summary>
public sealed record FilledDraft(string FilledJson, string DraftText, string DraftHtml);

/// <summary>What filling came to: the document (null when there is none with that id) and whether this call changed it.</summary>
public sealed record FillOutcome(StoredDocument? Document, bool FilledNow);

/// <summary>The issued form of a decision: its number and the exact text and HTML that go out under it.</summary>
public sealed record IssuedText(string Number, string Text, string Html);

/// <summary>Who issues a decision: the officer's name as they give it and the role their key carries.</summary>
public sealed record Issuer(string Name, string Role);

/// <summary>What issuing came to: the document (null when there is none with that id) and whether this call issued it.</summary>
public sealed record IssueOutcome(StoredDocument? Document, bool IssuedNow);
