namespace ComplianceEngine.Data.Outbox;

/// <summary>A rendered notice to store: its document number and the text and HTML it was rendered to.</summary>
public sealed record NumberedNotice(string Number, string Text, string Html);
