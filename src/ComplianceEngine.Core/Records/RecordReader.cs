using System.Text;
using System.Text.Json;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// The one reader of project and enterprise records (see the record contract and docs/records.md), for every door:
/// a JSON array, JSON lines or a single object, streamed one record at a time with memory bounded by the largest
/// record. A record that breaks the contract or the limits (<see cref="RecordLimits"/>) comes back invalid with every
/// problem and its JSON path; the others are still read. Input that is not JSON, or not text in its encoding, throws
/// <see cref="RecordFormatException"/> (after the records before the break, for a broken array).
/// </summary>
public static class RecordReader
{
    /// <summary>
    /// Streams the records of <paramref name="input"/> in input order: UTF-8 with or without a byte order mark, UTF-16
    /// with one, or <paramref name="encoding"/> (strict; see <see cref="InputText"/>). Repeated ids are marked by
    /// <see cref="DuplicateIds"/>. The stream is read lazily and disposed by the caller.
    /// </summary>
    public static IEnumerable<ParsedRecord> Read(Stream input, string source, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        return Parse(ReadRaw(InputText.Open(input, source, encoding), source), source);
    }

    /// <summary>
    /// Streams the records of a file, named in errors by its file name. The file is checked whole in its encoding
    /// first (<see cref="InputText.OpenFile"/>): a file in the wrong encoding is refused before any record is read.
    /// </summary>
    public static IEnumerable<ParsedRecord> ReadFile(string path, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var source = Path.GetFileName(path);
        using var utf8 = InputText.OpenFile(path, source, encoding);
        foreach (var parsed in Parse(RecordFraming.Read(utf8, source), source))
        {
            yield return parsed;
        }
    }

    /// <summary>Reads a whole text already in memory (a stored record, a test); the same framing and rules as for a stream.</summary>
    public static RecordBatch Read(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        // A string's UTF-8 needs no check (a lone surrogate becomes U+FFFD, which RecordLimits reports); only its mark goes.
        using var utf8 = new MemoryStream(Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text));
        return new RecordBatch(source, [.. Parse(RecordFraming.Read(utf8, source), source)]);
    }

    /// <summary>
    /// The items of checked UTF-8 input (<see cref="InputText"/>) before they are read as records: for doors that take
    /// other objects beside records (inspections in an import file). Read each with <see cref="ReadOne(RawRecord, string)"/>.
    /// </summary>
    public static IEnumerable<RawRecord> ReadRaw(Stream utf8, string source)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(source);
        return RecordFraming.Read(utf8, source);
    }

    /// <summary>Reads one framed item: its syntax error as an invalid record, or the record it holds.</summary>
    public static ParsedRecord ReadOne(RawRecord item, string source) =>
        item.SyntaxError is { } error
            ? Invalid(source, item.Index, JsonPaths.Root, error)
            : ReadOne(item.Element, source, item.Index);

    /// <summary>Reads and validates one record; never throws for contract or limit problems.</summary>
    public static ParsedRecord ReadOne(JsonElement element, string source, int index)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Invalid(source, index, JsonPaths.Root, RecordReasons.Expected(RecordReasons.ARecord, element.ValueKind));
        }

        var f = new RecordFieldReader();
        if (RecordLimits.CheckDepth(element, f))
        {
            RecordLimits.CheckText(element, f);
        }

        if (f.HasErrors)
        {
            // Text that cannot be read safely is not read further: no field of it may reach a decision. Its id and
            // kind still name it in the error when they themselves are clean text.
            var cleanId = RecordLimits.CleanString(element, "id"u8, RecordLimits.MaxIdLength);
            var cleanKind = RecordLimits.CleanString(element, "kind"u8, 16) is ("project" or "enterprise") and var k ? k : null;
            return new ParsedRecord(index, cleanId, cleanKind, null, f.ToErrors(source, index, cleanId));
        }

        string? id = null;
        if (RecordLimits.CheckLengths(element, f) && element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String)
        {
            id = idElement.GetString();
        }

        string? kind = null;
        ComplianceRecord? record = null;
        if (!element.TryGetProperty("kind", out var kindElement))
        {
            f.Error(JsonPaths.Root, "kind", RecordReasons.Missing);
        }
        else if (kindElement.ValueKind != JsonValueKind.String)
        {
            f.Error(JsonPaths.Root, "kind", RecordReasons.Expected(RecordReasons.AString, kindElement.ValueKind));
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
            f.Error(JsonPaths.Root, "kind", RecordReasons.Unknown(kind!, "project, enterprise"));
        }

        if (record is null && kind is not ("project" or "enterprise"))
        {
            // Without a known kind the shared fields are still checked, so every problem is named at once.
            CommonFields.Check(element, f);
        }

        return new ParsedRecord(index, id, kind, f.HasErrors ? null : record, f.ToErrors(source, index, id));
    }

    private static IEnumerable<ParsedRecord> Parse(IEnumerable<RawRecord> items, string source)
    {
        var duplicates = new DuplicateIds(source);
        foreach (var item in items)
        {
            yield return duplicates.Check(ReadOne(item, source));
        }
    }

    private static ParsedRecord Invalid(string source, int index, string path, LocalizedText reason) =>
        new(index, null, null, null, [new RecordError(path, reason) { Source = source, Index = index }]);
}
