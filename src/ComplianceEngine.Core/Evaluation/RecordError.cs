using System.Text.Json.Serialization;

namespace ComplianceEngine.Core.Evaluation;

/// <summary>
/// One problem with an input record: where (file, record, JSON path) and why. <see cref="Reason"/> is English for
/// machines (CLI, API, logs); <see cref="ReasonZh"/> is the same reason in Chinese for people's pages, null only where
/// a source has no Chinese yet (pages then show the English).
/// </summary>
public sealed record RecordError(string Path, string Reason)
{
    /// <summary>A problem whose reason is written in both languages.</summary>
    public RecordError(string path, LocalizedText reason)
        : this(path, reason.En)
    {
        ReasonZh = reason.Zh;
    }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReasonZh { get; init; }

    public string? Source { get; init; }
    public string? RecordId { get; init; }
    public int? Index { get; init; }

    /// <summary>The reason in both languages; the Chinese falls back to the English where there is none.</summary>
    [JsonIgnore]
    public LocalizedText Text => new(ReasonZh ?? Reason, Reason);

    public override string ToString() =>
        $"{Source ?? "<input>"}{(Index is { } i ? $"[{i}]" : "")}{(RecordId is { } id ? $" ({id})" : "")} {Path}: {Reason}";
}
