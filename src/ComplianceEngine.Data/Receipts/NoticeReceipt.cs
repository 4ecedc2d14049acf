namespace ComplianceEngine.Data.Receipts;

/// <summary>An enterprise's acknowledgement of receipt (签收) of notice <paramref name="NoticeId"/>: who signed for it and when (UTC).</summary>
public sealed record NoticeReceipt(long NoticeId, string AcknowledgedBy, DateTime AcknowledgedAt);
