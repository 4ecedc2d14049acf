using System.Text.Json;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// Splits checked UTF-8 input into record items, one at a time, holding one item in memory: a top-level array element
/// by element (<see cref="Utf8JsonReader"/> over an <see cref="InputBuffer"/>), JSON lines line by line, or a single
/// object. A broken JSON line is an item with its syntax error; a broken array or object throws
/// <see cref="RecordFormatException"/> after the items before it, since nothing after it can be located reliably.
/// </summary>
internal static class RecordFraming
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = RecordLimits.FramingDepth };

    private enum Phase
    {
        BeforeArray,
        InArray,
        AfterArray,
    }

    public static IEnumerable<RawRecord> Read(Stream utf8, string source)
    {
        using var buffer = new InputBuffer(utf8);
        var first = buffer.PeekNonWhitespace();
        if (first < 0)
        {
            yield break;
        }

        var items = first == '[' ? ReadArray(buffer, source)
            : LooksLikeJsonLines(buffer) ? ReadLines(buffer, source)
            : ReadSingle(buffer, source);
        foreach (var item in items)
        {
            yield return item;
        }
    }

    private static IEnumerable<RawRecord> ReadArray(InputBuffer buffer, string source)
    {
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = RecordLimits.FramingDepth });
        var phase = Phase.BeforeArray;
        var index = 0;
        // The reader's state counts lines from the bracket; blank lines before it were skipped.
        var linesBefore = buffer.Line - 1;
        while (true)
        {
            var line = buffer.Line;
            using var document = NextElement(buffer, ref state, ref phase, ref line, linesBefore, source);
            if (document is null)
            {
                yield break;
            }

            yield return new RawRecord(index++, line, document.RootElement, null);
        }
    }

    private static IEnumerable<RawRecord> ReadLines(InputBuffer buffer, string source)
    {
        var index = 0;
        while (true)
        {
            var line = buffer.Line;
            if (!buffer.TryReadLine(out var text, out var tooLong))
            {
                yield break;
            }

            if (tooLong)
            {
                yield return new RawRecord(index++, line, default, new($"第 {line} 行超过 {RecordLimits.MaxRecordBytes} 字节（可读的最大记录）", $"line {line}: longer than {RecordLimits.MaxRecordBytes} bytes, the largest record read"));
                continue;
            }

            if (IsBlank(text.Span))
            {
                continue;
            }

            JsonDocument? document;
            LocalizedText? error = null;
            try
            {
                document = JsonDocument.Parse(text, DocumentOptions);
            }
            catch (JsonException ex)
            {
                document = null;
                error = RecordFormatException.NotJsonAt(line, ex);
            }

            using (document)
            {
                yield return new RawRecord(index++, line, document?.RootElement ?? default, error);
            }
        }
    }

    /// <summary>One value (usually a pretty-printed object) making up the whole input.</summary>
    private static IEnumerable<RawRecord> ReadSingle(InputBuffer buffer, string source)
    {
        var line = buffer.Line;
        var text = buffer.ReadToEnd();
        if (buffer.Full)
        {
            throw new RecordFormatException(source, line, null, new($"单条记录超过 {RecordLimits.MaxRecordBytes} 字节", $"a single record larger than {RecordLimits.MaxRecordBytes} bytes"));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw FormatError(source, ex, line - 1);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new RecordFormatException(source, null, null, RecordReasons.Expected(
                    new("记录数组、记录对象或每行一条记录（JSON lines）", "an array of records, a record object or JSON lines"), document.RootElement.ValueKind));
            }

            yield return new RawRecord(0, line, document.RootElement, null);
        }
    }

    /// <summary>The next array element as a document, or null after the closing bracket; <paramref name="line"/> is where it starts.</summary>
    private static JsonDocument? NextElement(InputBuffer buffer, ref JsonReaderState state, ref Phase phase, ref long line, long linesBefore, string source)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.Span, buffer.Eof, state);
            try
            {
                if (reader.Read())
                {
                    switch (phase)
                    {
                        case Phase.BeforeArray:
                            phase = Phase.InArray;
                            Commit(buffer, ref reader, ref state);
                            continue;
                        case Phase.InArray when reader.TokenType == JsonTokenType.EndArray:
                            phase = Phase.AfterArray;
                            Commit(buffer, ref reader, ref state);
                            continue;
                        case Phase.InArray:
                            // The element starts at the token: skip the comma and whitespace before it for its line.
                            line = buffer.Line + buffer.Span[..(int)reader.TokenStartIndex].Count((byte)'\n');
                            if (!JsonDocument.TryParseValue(ref reader, out var document))
                            {
                                // Not complete in the buffer yet; nothing is committed.
                                break;
                            }

                            Commit(buffer, ref reader, ref state);
                            return document;
                        default:
                            // The reader throws on content after the array; nothing else can get here.
                            throw new RecordFormatException(source, null, null, new("数组结束后还有内容", "unexpected content after the array"));
                    }
                }
                else if (phase == Phase.AfterArray && buffer.Eof)
                {
                    return null;
                }
            }
            catch (JsonException ex)
            {
                throw FormatError(source, ex, linesBefore);
            }

            if (buffer.Full)
            {
                throw new RecordFormatException(source, line, null, new($"数组中一项超过 {RecordLimits.MaxRecordBytes} 字节（可读的最大记录）", $"an array element larger than {RecordLimits.MaxRecordBytes} bytes, the largest record read"));
            }

            if (!buffer.Fill() && buffer.Eof && phase != Phase.AfterArray)
            {
                // Let the reader report the truncation as the final block.
                var final = new Utf8JsonReader(buffer.Span, isFinalBlock: true, state);
                try
                {
                    while (final.Read())
                    {
                    }
                }
                catch (JsonException ex)
                {
                    throw FormatError(source, ex, linesBefore);
                }

                throw new RecordFormatException(source, null, null, new("数组未结束，输入就已结束", "unexpected end of input inside the array"));
            }
        }
    }

    private static void Commit(InputBuffer buffer, ref Utf8JsonReader reader, ref JsonReaderState state)
    {
        buffer.Consume(reader.BytesConsumed);
        state = reader.CurrentState;
    }

    /// <summary>
    /// JSON lines when there is more than one non-blank line and one of the first few lines is a complete JSON object
    /// by itself (a pretty-printed object's first line, <c>{</c>, is not).
    /// </summary>
    private static bool LooksLikeJsonLines(InputBuffer buffer)
    {
        const int linesToTry = 5;
        var rest = buffer.PeekLines(linesToTry + 1);
        if (buffer.Full)
        {
            // A first line past the record limit is no single record either: as lines, it is reported and skipped.
            return true;
        }

        var nonBlank = 0;
        var anObject = false;
        while (rest.Length > 0 && nonBlank <= linesToTry)
        {
            var newline = rest.Span.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..newline];
            rest = newline < 0 ? ReadOnlyMemory<byte>.Empty : rest[(newline + 1)..];
            if (IsBlank(line.Span))
            {
                continue;
            }

            nonBlank++;
            if (!anObject && line.Span.TrimStart(" \t"u8)[0] == (byte)'{')
            {
                anObject = IsObject(line);
            }

            if (anObject && nonBlank > 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsObject(ReadOnlyMemory<byte> line)
    {
        try
        {
            using var document = JsonDocument.Parse(line, DocumentOptions);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    /// <summary>A syntax error as a refusal of the input, at its line (<paramref name="linesBefore"/> lines precede the reader's start).</summary>
    private static RecordFormatException FormatError(string source, JsonException ex, long linesBefore) =>
        RecordFormatException.FromJson(source, ex, linesBefore);
}
