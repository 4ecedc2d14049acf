using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// Limits every record is held to, whatever door it came through (docs/records.md, "Limits"). Each breach is an error
/// on that record with its JSON path; the rest of the batch goes on.
/// </summary>
public static class RecordLimits
{
    /// <summary>Longest record <c>id</c>, in UTF-16 characters: ids are keys in the register and file names of notices.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Longest record <c>name</c>, in UTF-16 characters: the longest registered enterprise names are about 60.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Largest record (one array element, one JSON line or a single object), in bytes of UTF-8: 16 MiB.</summary>
    public const int MaxRecordBytes = 16 * 1024 * 1024;

    /// <summary>Deepest nesting of a record, in levels counting the record object itself: 64, System.Text.Json's default.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Nesting the framing (and a request body) follows, so that a record past <see cref="MaxDepth"/> is refused on its
    /// own and the rest of the batch is still read: in effect no limit, since N bytes cannot nest deeper than N / 2.
    /// </summary>
    public const int FramingDepth = MaxRecordBytes / 2;

    /// <summary>
    /// Finds text no decision may rest on: a string or field name with a NUL character, a lone surrogate escape
    /// (<c>"\ud800"</c>), bytes that are not UTF-8, or U+FFFD (text already damaged by a wrong decoding upstream).
    /// Cheap for clean records: the tree is walked only when the raw bytes hold an escape or U+FFFD or are not UTF-8.
    /// </summary>
    internal static void CheckText(JsonElement record, RecordFieldReader f)
    {
        var raw = JsonMarshal.GetRawUtf8Value(record);
        if (raw.IndexOf("\\u"u8) < 0 && raw.IndexOf("\uFFFD"u8) < 0 && Utf8.IsValid(raw))
        {
            return;
        }

        // Escapes are common (a serializer that writes Chinese as \uXXXX): a clean record is found clean without a
        // path or a string per field; paths are built only to report a problem.
        if (HasTextProblem(record))
        {
            Walk(record, JsonPaths.Root, f);
        }
    }

    private static bool HasTextProblem(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in e.EnumerateObject())
                {
                    if (!IsPlainText(JsonMarshal.GetRawUtf8PropertyName(property)))
                    {
                        ReadText(property, out var problem);
                        if (problem is not null)
                        {
                            return true;
                        }
                    }

                    if (HasTextProblem(property.Value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    if (HasTextProblem(item))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.String:
                return !IsPlainText(JsonMarshal.GetRawUtf8Value(e)) && Problem(e) is not null;
            default:
                return false;
        }
    }

    /// <summary>Raw UTF-8 with no escape (so no NUL and no lone surrogate), no U+FFFD, and valid: no text problem.</summary>
    private static bool IsPlainText(ReadOnlySpan<byte> raw) => raw.IndexOf((byte)'\\') < 0 && raw.IndexOf("\uFFFD"u8) < 0 && Utf8.IsValid(raw);

    /// <summary>
    /// A top-level string field whose raw text has no escape, no U+FFFD and is UTF-8 within <paramref name="maxLength"/>
    /// characters, so it can name a record whose other text was refused; null otherwise.
    /// </summary>
    internal static string? CleanString(JsonElement record, ReadOnlySpan<byte> utf8Name, int maxLength)
    {
        // Matched on the raw name: TryGetProperty unescapes every escaped name it passes, and throws on a lone surrogate.
        foreach (var property in record.EnumerateObject())
        {
            if (!JsonMarshal.GetRawUtf8PropertyName(property).SequenceEqual(utf8Name))
            {
                continue;
            }

            var value = property.Value;
            var raw = JsonMarshal.GetRawUtf8Value(value);
            return value.ValueKind == JsonValueKind.String && raw.IndexOf((byte)'\\') < 0 && raw.IndexOf("\uFFFD"u8) < 0 && Utf8.IsValid(raw)
                && value.GetString() is { } text && text.Length <= maxLength
                ? text
                : null;
        }

        return null;
    }

    /// <summary>
    /// <see cref="MaxDepth"/>; false when the record is deeper (the error is in <paramref name="f"/>). Checked before
    /// anything walks the record, since walking a tree thousands of levels deep would exhaust the stack.
    /// </summary>
    internal static bool CheckDepth(JsonElement record, RecordFieldReader f)
    {
        var raw = JsonMarshal.GetRawUtf8Value(record);
        if (raw.Count((byte)'{') + raw.Count((byte)'[') <= MaxDepth)
        {
            return true;
        }

        var reader = new Utf8JsonReader(raw, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            f.Error(JsonPaths.Root, new($"嵌套层级超过 {MaxDepth} 层", $"nested deeper than {MaxDepth} levels"));
            return false;
        }
    }

    /// <summary>The length limits of <c>id</c> and <c>name</c>; false when one is broken (the error is in <paramref name="f"/>).</summary>
    internal static bool CheckLengths(JsonElement record, RecordFieldReader f)
    {
        var ok = true;
        if (record.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && Utf16Length(id) is var idLength && idLength > MaxIdLength)
        {
            f.Error(JsonPaths.Root, "id", new($"编号过长：超过 {MaxIdLength} 个字符（{idLength} 个）", $"longer than {MaxIdLength} characters (got {idLength})"));
            ok = false;
        }

        if (record.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && Utf16Length(name) is var nameLength && nameLength > MaxNameLength)
        {
            f.Error(JsonPaths.Root, "name", new($"名称过长：超过 {MaxNameLength} 个字符（{nameLength} 个）", $"longer than {MaxNameLength} characters (got {nameLength})"));
            ok = false;
        }

        return ok;
    }

    /// <summary>A string value's length in UTF-16 characters, counted on its UTF-8 without making a string.</summary>
    private static int Utf16Length(JsonElement value) => Encoding.UTF8.GetCharCount(RecordFieldReader.StringBytes(value));

    private static void Walk(JsonElement e, string path, RecordFieldReader f)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in e.EnumerateObject())
                {
                    var name = ReadText(property, out var nameProblem);
                    if (nameProblem is not null)
                    {
                        f.Error(path, new($"字段名{nameProblem.Zh}", $"a field name {nameProblem.En}"));
                        continue;
                    }

                    Walk(property.Value, JsonPaths.Field(path, name!), f);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item, JsonPaths.Item(path, index++), f);
                }

                break;
            case JsonValueKind.String:
                if (Problem(e) is { } problem)
                {
                    f.Error(path, problem);
                }

                break;
        }
    }

    private static string? ReadText(JsonProperty property, out LocalizedText? problem)
    {
        try
        {
            var name = property.Name;
            problem = TextProblem(name);
            return name;
        }
        catch (InvalidOperationException)
        {
            problem = NotUnicode;
            return null;
        }
    }

    private static LocalizedText? Problem(JsonElement value)
    {
        try
        {
            return TextProblem(value.GetString()!);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to turn a lone surrogate or invalid UTF-8 into a string.
            return NotUnicode;
        }
    }

    private static readonly LocalizedText NotUnicode = new("不是有效的 Unicode 文本（含孤立代理项或非 UTF-8 字节）", "is not valid Unicode text (a lone surrogate or bytes that are not UTF-8)");

    private static LocalizedText? TextProblem(string text) =>
        text.Contains('\0', StringComparison.Ordinal) ? new("含空字符（U+0000）", "contains a NUL character (U+0000)")
        : text.Contains('\uFFFD', StringComparison.Ordinal)
            ? new("含替换字符 U+FFFD：文字在送来之前已被错误的编码损坏", "contains U+FFFD, the replacement character: the text was damaged by a wrong encoding before it came here")
        : null;
}
