namespace ComplianceEngine.Data.Receipts;

/// <summary>An enterprise's acknowledgement of receipt (签收) of notice <paramref name="NoticeId"/>: who signed for it and when (UTC).</summary>
public sealed record NoticeReceipt(long NoticeId, string AcknowledgedBy, DateTime AcknowledgedAt);

/// <summary>Why a receipt was not recorded.</summary>
public enum ReceiptRefusal
{
    /// <summary>The subject has no notice with that id (another's, or none at all).</summary>
    NoSuchNotice,

    /// <summary>The outbox has not delivered the notice yet (pending or failed): nothing has reached the enterprise to sign for.</summary>
    NotDelivered,
}

/// <summary>What acknowledging came to: the receipt that stands, or the refusal and why.</summary>
public sealed record ReceiptOutcome(NoticeReceipt? Receipt, ReceiptRefusal? Refusal)
{
    public static ReceiptOutcome Refused(ReceiptRefusal why) => new(null, why);
}
