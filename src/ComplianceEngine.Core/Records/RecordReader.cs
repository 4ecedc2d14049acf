using System.Text.Json;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// Reads project and enterprise records (see the record contract) from a JSON array, a single JSON object or JSON
/// lines. A record that breaks the contract comes back invalid with every problem; the others are still read.
/// Input that is not JSON at all throws <see cref="RecordFormatException"/>.
/// </summary>
public static class RecordReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Reads a whole input: an array of records, one record object, or JSON lines (blank lines skipped).</summary>
    public static RecordBatch Read(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);

        var start = SkipWhitespace(text, 0);
        if (start == text.Length)
        {
            return new RecordBatch(source, []);
        }

        var memory = text.AsMemory(start);
        if (text[start] != '[' && LooksLikeJsonLines(text, start))
        {
            return new RecordBatch(source, ReadLines(text, start, source));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(memory, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw FormatError(source, ex, LinesBefore(text, start));
        }

        using (document)
        {
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Array:
                {
                    var records = new List<ParsedRecord>(root.GetArrayLength());
                    var duplicates = new DuplicateIdTracker(source);
                    var index = 0;
                    foreach (var element in root.EnumerateArray())
                    {
                        records.Add(duplicates.Check(ReadOne(element, source, index++)));
                    }

                    return new RecordBatch(source, records);
                }

                case JsonValueKind.Object:
                    return new RecordBatch(source, [ReadOne(root, source, 0)]);
                default:
                    throw new RecordFormatException(source, null, null,
                        $"expected an array of records, a record object or JSON lines, got {RecordFieldReader.KindName(root.ValueKind)}");
            }
        }
    }

    /// <summary>Reads and validates one record; never throws for contract problems.</summary>
    public static ParsedRecord ReadOne(JsonElement element, string source, int index)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Invalid(source, index, JsonPaths.Root,
                $"expected a record object, got {RecordFieldReader.KindName(element.ValueKind)}");
        }

        string? id = null;
        if (element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String)
        {
            id = idElement.GetString();
        }

        var f = new RecordFieldReader();
        string? kind = null;
        ComplianceRecord? record = null;
        if (!element.TryGetProperty("kind", out var kindElement))
        {
            f.Error(JsonPaths.Root, "kind", "required field is missing");
        }
        else if (kindElement.ValueKind != JsonValueKind.String)
        {
            f.Error(JsonPaths.Root, "kind", $"expected a string, got {RecordFieldReader.KindName(kindElement.ValueKind)}");
        }
        else if (kindElement.ValueEquals("project"))
        {
            kind = "project";
            record = ProjectRecordReader.Read(element, f);
        }
        else if (kindElement.ValueEquals("enterprise"))
        {
            kind = "enterprise";
            record = EnterpriseRecordReader.Read(element, f);
        }
        else
        {
            kind = kindElement.GetString();
            f.Error(JsonPaths.Root, "kind", $"unknown value '{kind}' (expected one of project, enterprise)");
        }

        if (record is null && kind is not ("project" or "enterprise"))
        {
            // Without a known kind the shared fields are still checked, so every problem is named at once.
            CommonFields.Check(element, f);
        }

        return new ParsedRecord(index, id, kind, f.HasErrors ? null : record, f.ToErrors(source, index, id));
    }

    /// <summary>
    /// Streams records from UTF-8 JSON lines or a top-level array, one element at a time, without loading the whole
    /// input. Any other shape (a single object spread over lines) is read whole.
    /// </summary>
    public static IEnumerable<ParsedRecord> ReadStream(Stream utf8, string source)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(source);
        return RecordStreamReader.Read(utf8, source);
    }

    internal static ParsedRecord Invalid(string source, int index, string path, string reason) =>
        new(index, null, null, null, [new RecordError(path, reason) { Source = source, Index = index }]);

    internal static ParsedRecord ReadLine(ReadOnlyMemory<byte> utf8Line, string source, int index, int lineNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Line, DocumentOptions);
            return ReadOne(document.RootElement, source, index);
        }
        catch (JsonException ex)
        {
            return Invalid(source, index, JsonPaths.Root, LineError(lineNumber, ex));
        }
    }

    internal static RecordFormatException FormatError(string source, JsonException ex, int lineOffset) =>
        new(source, (ex.LineNumber ?? 0) + 1 + lineOffset, (ex.BytePositionInLine ?? 0) + 1,
            $"not valid JSON: {ShortMessage(ex)}", ex);

    internal static string LineError(int lineNumber, JsonException ex) =>
        $"line {lineNumber}, position {(ex.BytePositionInLine ?? 0) + 1}: not valid JSON: {ShortMessage(ex)}";

    private static List<ParsedRecord> ReadLines(string text, int start, string source)
    {
        var records = new List<ParsedRecord>();
        var duplicates = new DuplicateIdTracker(source);
        var lineNumber = LinesBefore(text, start);
        var position = start;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            lineNumber++;
            var line = text.AsMemory(position, end - position);
            position = end + 1;
            if (line.Span.IsWhiteSpace())
            {
                continue;
            }

            ParsedRecord parsed;
            try
            {
                using var document = JsonDocument.Parse(line, DocumentOptions);
                parsed = ReadOne(document.RootElement, source, records.Count);
            }
            catch (JsonException ex)
            {
                parsed = Invalid(source, records.Count, JsonPaths.Root, LineError(lineNumber, ex));
            }

            records.Add(duplicates.Check(parsed));
        }

        return records;
    }

    /// <summary>
    /// JSON lines when there is more than one non-blank line and one of the first few lines is a complete JSON
    /// object by itself (a pretty-printed object's first line, <c>{</c>, is not).
    /// </summary>
    private static bool LooksLikeJsonLines(string text, int start)
    {
        const int linesToTry = 5;
        var position = start;
        var nonBlank = 0;
        var anObject = false;
        while (position < text.Length && nonBlank <= linesToTry)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsMemory(position, end - position);
            position = end + 1;
            if (line.Span.IsWhiteSpace())
            {
                continue;
            }

            nonBlank++;
            if (!anObject && line.Span.TrimStart()[0] == '{')
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

    private static bool IsObject(ReadOnlyMemory<char> line)
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

    private static int SkipWhitespace(string text, int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == '\uFEFF'))
        {
            position++;
        }

        return position;
    }

    private static int LinesBefore(string text, int position) => text.AsSpan(0, position).Count('\n');

    private static string ShortMessage(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd();
    }
}
