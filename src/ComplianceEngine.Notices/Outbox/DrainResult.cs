namespace ComplianceEngine.Notices.Outbox;

/// <summary>What a drain did: notices delivered, and notices whose send failed and will be retried.</summary>
public sealed record DrainResult(int Sent, int Failed);
