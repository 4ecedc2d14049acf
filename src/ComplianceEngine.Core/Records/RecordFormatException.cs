using System.Text.Json;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>The input is not JSON, or not an array, an object or JSON lines of objects. The CLI exits with 2.</summary>
public sealed class RecordFormatException : Exception
{
    public RecordFormatException(string source, long? line, long? position, LocalizedText reason, Exception? inner = null)
        : base(Format(source, line, position, reason.En), inner)
    {
        // Exception.Source is settable: it names the input here, as RecordError.Source does.
        Source = source;
        Line = line;
        Position = position;
        Text = reason;
    }

    /// <summary>1-based line, when known.</summary>
    public long? Line { get; }

    /// <summary>1-based byte position in the line, when known.</summary>
    public long? Position { get; }

    /// <summary>Why, in English (machines, CLI).</summary>
    public string Reason => Text.En;

    /// <summary>Why, in Chinese and English, without the place.</summary>
    public LocalizedText Text { get; }

    /// <summary>The message without the source: <c>line 3, position 7: reason</c>.</summary>
    public string Detail => Where(Line, Position) + Reason;

    /// <summary>The message without the source in both languages: <c>第 3 行第 7 个字节：…</c> / <c>line 3, position 7: …</c>.</summary>
    public LocalizedText Described => new(WhereZh(Line, Position) + Text.Zh, Detail);

    /// <summary>
    /// A JSON syntax error as a person counts its place: System.Text.Json counts lines and bytes from 0, a person from
    /// 1. <paramref name="linesBefore"/> lines preceded the text the parser saw.
    /// </summary>
    public static RecordFormatException FromJson(string source, JsonException ex, long linesBefore = 0)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return new(source, (ex.LineNumber ?? 0) + 1 + linesBefore, (ex.BytePositionInLine ?? 0) + 1, NotJson(ex), ex);
    }

    /// <summary>"not valid JSON" with the parser's own words (English, without its 0-based place).</summary>
    internal static LocalizedText NotJson(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var parser = (cut >= 0 ? message[..cut] : message).TrimEnd();
        return new($"不是有效的 JSON（解析器说明：{parser}）", $"not valid JSON: {parser}");
    }

    /// <summary>A syntax error of one JSON line, place included, as a record's reason.</summary>
    internal static LocalizedText NotJsonAt(long line, JsonException ex)
    {
        var (position, why) = ((ex.BytePositionInLine ?? 0) + 1, NotJson(ex));
        return new(WhereZh(line, position) + why.Zh, Where(line, position) + why.En);
    }

    private static string Format(string source, long? line, long? position, string reason) =>
        $"{source}: {Where(line, position)}{reason}";

    private static string Where(long? line, long? position) =>
        line is { } l ? $"line {l}{(position is { } p ? $", position {p}" : "")}: " : "";

    private static string WhereZh(long? line, long? position) =>
        line is { } l ? $"第 {l} 行{(position is { } p ? $"第 {p} 个字节" : "")}：" : "";
}
