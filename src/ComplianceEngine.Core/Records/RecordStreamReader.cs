using System.Text;
using System.Text.Json;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// Streams records from UTF-8 input: a top-level array element by element (<see cref="Utf8JsonReader"/> over a
/// growable buffer), or JSON lines line by line. Other shapes are read whole by <see cref="RecordReader.Read"/>.
/// </summary>
internal static class RecordStreamReader
{
    private enum Phase
    {
        BeforeArray,
        InArray,
        AfterArray,
    }

    public static IEnumerable<ParsedRecord> Read(Stream stream, string source)
    {
        var buffer = new StreamBuffer(stream);
        var first = buffer.PeekNonWhitespace(skipBom: true);
        if (first < 0)
        {
            return [];
        }

        if (first == '[')
        {
            return ReadArray(buffer, source);
        }

        if (LooksLikeJsonLines(buffer))
        {
            return ReadLines(buffer, source);
        }

        // A single (pretty-printed) object, or something broken: small enough to read whole.
        var text = Encoding.UTF8.GetString(buffer.ReadToEnd());
        return RecordReader.Read(text, source).Records;
    }

    private static IEnumerable<ParsedRecord> ReadArray(StreamBuffer buffer, string source)
    {
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = 64 });
        var phase = Phase.BeforeArray;
        var duplicates = new DuplicateIdTracker(source);
        var index = 0;
        while (NextElement(buffer, ref state, ref phase, source) is { } document)
        {
            ParsedRecord parsed;
            using (document)
            {
                parsed = RecordReader.ReadOne(document.RootElement, source, index++);
            }

            yield return duplicates.Check(parsed);
        }
    }

    private static IEnumerable<ParsedRecord> ReadLines(StreamBuffer buffer, string source)
    {
        var duplicates = new DuplicateIdTracker(source);
        var index = 0;
        var lineNumber = 0;
        while (buffer.TryReadLine(out var line))
        {
            lineNumber++;
            if (IsBlank(line.Span))
            {
                continue;
            }

            yield return duplicates.Check(RecordReader.ReadLine(line, source, index++, lineNumber));
        }
    }

    /// <summary>The next array element as a document, or null after the closing bracket.</summary>
    private static JsonDocument? NextElement(StreamBuffer buffer, ref JsonReaderState state, ref Phase phase, string source)
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
                            // False: the element is not complete in the buffer yet; nothing is committed.
                            if (!JsonDocument.TryParseValue(ref reader, out var document))
                            {
                                break;
                            }

                            Commit(buffer, ref reader, ref state);
                            return document;
                        default:
                            // The reader throws on content after the array; nothing else can get here.
                            throw new RecordFormatException(source, null, null, "unexpected content after the array");
                    }
                }
                else if (phase == Phase.AfterArray && buffer.Eof)
                {
                    return null;
                }
            }
            catch (JsonException ex)
            {
                throw RecordReader.FormatError(source, ex, 0);
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
                    throw RecordReader.FormatError(source, ex, 0);
                }

                throw new RecordFormatException(source, null, null, "unexpected end of input inside the array");
            }
        }
    }

    private static void Commit(StreamBuffer buffer, ref Utf8JsonReader reader, ref JsonReaderState state)
    {
        buffer.Consume(reader.BytesConsumed);
        state = reader.CurrentState;
    }

    /// <summary>
    /// As for text: JSON lines when there is more than one non-blank line and one of the first few lines is a
    /// complete JSON object by itself (a pretty-printed object's first line, <c>{</c>, is not).
    /// </summary>
    private static bool LooksLikeJsonLines(StreamBuffer buffer)
    {
        const int linesToTry = 5;
        var rest = buffer.PeekLines(linesToTry + 1);
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
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
