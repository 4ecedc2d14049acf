using System.Text.Json;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// Streams the elements of a JSON array or of JSON lines without loading the file: inputs run to gigabytes. A single
/// record written over several lines (an object whose first line does not close it) is read whole, as one item.
/// A malformed line is reported and the next line read; a malformed array ends the file at that element (the ones
/// before it are kept), since nothing after it can be located reliably.
/// </summary>
public static class JsonInputReader
{
    public static IEnumerable<JsonItem> Read(Stream stream)
    {
        var buffered = new BufferedStream(stream, 1 << 16);
        return FirstSignificantByte(buffered) switch
        {
            '[' => JsonArrayStreamer.Read(buffered),
            '{' when !FirstLineIsComplete(buffered) => ReadOne(buffered),
            _ => ReadLines(buffered),
        };
    }

    // JSON lines put a whole record on its first line; a pretty-printed object leaves it open.
    private static bool FirstLineIsComplete(BufferedStream stream)
    {
        var start = stream.Position;
        var line = new List<byte>();
        int b;
        while ((b = stream.ReadByte()) is not (-1 or '\n'))
        {
            line.Add((byte)b);
        }

        stream.Position = start;
        var text = Trim(line.ToArray()).Span;
        return text.Length > 1 && text[^1] == (byte)'}';
    }

    private static IEnumerable<JsonItem> ReadOne(Stream stream)
    {
        var item = Parse(1, stream, static s => JsonDocument.Parse(s), out var doc);
        using (doc)
        {
            yield return item;
        }
    }

    /// <summary>
    /// One item of any input shape: its element, or its syntax error so that the items around it are still read.
    /// <paramref name="document"/> holds the element and is the caller's to dispose once the item is used.
    /// </summary>
    internal static JsonItem Parse<TInput>(int position, TInput input, Func<TInput, JsonDocument> parse, out JsonDocument? document)
    {
        try
        {
            document = parse(input);
            return new JsonItem(position, document.RootElement, null);
        }
        catch (JsonException e)
        {
            document = null;
            return new JsonItem(position, default, $"malformed JSON: {e.Message}");
        }
    }

    /// <summary>
    /// Slides the unread bytes (from <paramref name="start"/> to <paramref name="end"/>) to the front of the buffer and
    /// reads more after them; the buffer grows only when one item fills it. True at the end of the stream.
    /// </summary>
    internal static bool Refill(Stream stream, ref byte[] buffer, ref int start, ref int end)
    {
        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
        end -= start;
        start = 0;
        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        end += read;
        return read == 0;
    }

    private static int FirstSignificantByte(BufferedStream stream)
    {
        var start = stream.Position;
        int b;
        do
        {
            b = stream.ReadByte();
        }
        while (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF);
        stream.Position = start;
        return b;
    }

    private static IEnumerable<JsonItem> ReadLines(Stream stream)
    {
        var buffer = new byte[1 << 20];
        int start = 0, end = 0, lineNumber = 0;
        var eof = false;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline < 0 && !eof)
            {
                eof = Refill(stream, ref buffer, ref start, ref end);
                continue;
            }

            if (newline < 0 && start == end)
            {
                yield break;
            }

            var length = newline < 0 ? end - start : newline;
            var line = buffer.AsMemory(start, length);
            start += newline < 0 ? length : length + 1;
            lineNumber++;

            var trimmed = Trim(line);
            if (trimmed.Length == 0)
            {
                continue;
            }

            var item = Parse(lineNumber, trimmed, static t => JsonDocument.Parse(t), out var doc);
            using (doc)
            {
                yield return item;
            }
        }
    }

    private static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> line)
    {
        var span = line.Span;
        int s = 0, e = span.Length;
        if (span.StartsWith("\uFEFF"u8))
        {
            s = 3;
        }

        while (s < e && span[s] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            s++;
        }

        while (e > s && span[e - 1] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            e--;
        }

        return line[s..e];
    }
}
