namespace ComplianceEngine.Notices.Outbox;

/// <summary>What a fill did: notices added, and notices asked for that the outbox already held.</summary>
public sealed record FillResult(int Inserted, int AlreadyPresent);
