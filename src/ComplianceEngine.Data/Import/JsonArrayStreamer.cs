using System.Text.Json;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// Yields the elements of a top-level JSON array as each is complete in the buffer, so the elements before a syntax
/// error are kept (System.Text.Json's async array reader throws for the whole buffer instead).
/// </summary>
internal static class JsonArrayStreamer
{
    private enum Step
    {
        Element,
        NeedMore,
        End,
        Error,
    }

    public static IEnumerable<JsonItem> Read(Stream stream)
    {
        var buffer = new byte[1 << 20];
        int start = 0, end = 0, position = 0;
        bool eof = false, opened = false, expectComma = false;
        while (true)
        {
            var step = Next(buffer.AsSpan(start, end - start), eof, ref opened, ref expectComma, out var skipped, out var length, out var error);
            switch (step)
            {
                case Step.Element:
                    var item = JsonInputReader.Parse(position, buffer.AsMemory(start + skipped, length), static m => JsonDocument.Parse(m), out var doc);
                    using (doc)
                    {
                        yield return item;
                    }

                    start += skipped + length;
                    position++;
                    break;
                case Step.NeedMore:
                    start += skipped;
                    eof = JsonInputReader.Refill(stream, ref buffer, ref start, ref end);
                    break;
                case Step.Error:
                    yield return new JsonItem(position, default, $"malformed JSON, the rest of the file is not read: {error}");
                    yield break;
                default:
                    yield break;
            }
        }
    }

    /// <summary>Finds the next element: <paramref name="skipped"/> bytes of whitespace, bracket or comma before it, then <paramref name="length"/> bytes.</summary>
    private static Step Next(ReadOnlySpan<byte> data, bool final, ref bool opened, ref bool expectComma, out int skipped, out int length, out string? error)
    {
        skipped = 0;
        length = 0;
        error = null;
        while (true)
        {
            while (skipped < data.Length && data[skipped] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                skipped++;
            }

            if (skipped == data.Length)
            {
                error = "unexpected end of input inside the array";
                return final ? Step.Error : Step.NeedMore;
            }

            var c = data[skipped];
            if (!opened)
            {
                opened = c == '[';
                skipped++;
                if (!opened)
                {
                    error = "expected '['";
                    return Step.Error;
                }

                continue;
            }

            if (c == ']')
            {
                return Step.End;
            }

            if (expectComma)
            {
                if (c != ',')
                {
                    error = $"expected ',' or ']' after element, found '{(char)c}'";
                    return Step.Error;
                }

                skipped++;
                expectComma = false;
                continue;
            }

            try
            {
                var reader = new Utf8JsonReader(data[skipped..], final, default);
                if (!reader.Read() || reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                {
                    error = "unexpected end of input inside an element";
                    return final ? Step.Error : Step.NeedMore;
                }

                length = (int)reader.BytesConsumed;
                expectComma = true;
                return Step.Element;
            }
            catch (JsonException e)
            {
                error = e.Message;
                return Step.Error;
            }
        }
    }
}
