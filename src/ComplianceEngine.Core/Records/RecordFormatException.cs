namespace ComplianceEngine.Core.Records;

/// <summary>The input is not JSON, or not an array, an object or JSON lines of objects. The CLI exits with 2.</summary>
public sealed class RecordFormatException : Exception
{
    public RecordFormatException(string source, long? line, long? position, string reason)
        : base(Format(source, line, position, reason))
    {
        // Exception.Source is settable: it names the input here, as RecordError.Source does.
        Source = source;
        Line = line;
        Position = position;
        Reason = reason;
    }

    public RecordFormatException(string source, long? line, long? position, string reason, Exception inner)
        : base(Format(source, line, position, reason), inner)
    {
        Source = source;
        Line = line;
        Position = position;
        Reason = reason;
    }

    /// <summary>1-based line, when known.</summary>
    public long? Line { get; }

    /// <summary>1-based byte position in the line, when known.</summary>
    public long? Position { get; }

    public string Reason { get; }

    /// <summary>The message without the source: <c>line 3, position 7: reason</c>.</summary>
    public string Detail => Where(Line, Position) + Reason;

    private static string Format(string source, long? line, long? position, string reason) =>
        $"{source}: {Where(line, position)}{reason}";

    private static string Where(long? line, long? position) =>
        line is { } l ? $"line {l}{(position is { } p ? $", position {p}" : "")}: " : "";
}
