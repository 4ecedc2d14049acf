using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Rendering;

/// <summary>A notice as it will be sent: its number and its text and/or HTML (null when that format was not asked for).</summary>
public sealed record RenderedNotice(NoticeRequest Request, string Language, string Number, bool Draft, string? Text, string? Html);
