using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceEngine.Core.Records;

// The floor for `screen` on one file: every record framed and parsed by System.Text.Json exactly as `screen` frames
// it (checked UTF-8, RecordReader.ReadRaw), its id read, and one JSON line written per record with Utf8JsonWriter so
// that the output has the size of screen's. No contract reading, no rules: what is left is reading and writing.
//   ComplianceEngine.ScreenIo.Bench --input FILE --out FILE --bytes N --records N
// With `alloc FILE` first instead, it reads FILE through RecordReader.ReadFile (framing and the contract reader) on one
// thread and prints the bytes allocated per record: the figure parsing changes are judged by.
if (args is ["alloc", var file])
{
    var before = GC.GetAllocatedBytesForCurrentThread();
    var clock = System.Diagnostics.Stopwatch.StartNew();
    long read = 0, valid = 0;
    foreach (var parsed in RecordReader.ReadFile(file))
    {
        read++;
        valid += parsed.Record is null ? 0 : 1;
    }

    var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
    Console.WriteLine($"{read} records ({valid} valid), {allocated / Math.Max(1, read)} bytes allocated per record, {clock.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, read):F1} µs per record");
    return 0;
}

var options = ReadOptions(args);
var input = options["--input"];
var perRecord = long.Parse(options["--bytes"]) / Math.Max(1, long.Parse(options["--records"]));

using var output = new FileStream(options["--out"], FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
using var utf8 = InputText.Open(File.OpenRead(input), Path.GetFileName(input));
// An ASCII filler brings each line to screen's average line length (its findings, facts and texts).
var filler = new string('x', (int)Math.Max(0, perRecord - 48));
long records = 0;
foreach (var item in RecordReader.ReadRaw(utf8, Path.GetFileName(input)))
{
    var id = item.Element.ValueKind == JsonValueKind.Object && item.Element.TryGetProperty("id"u8, out var e) ? e.GetString() : null;
    writer.WriteStartObject();
    writer.WriteNumber("index"u8, item.Index);
    writer.WriteString("recordId"u8, id);
    writer.WriteString("pad"u8, filler);
    writer.WriteEndObject();
    writer.Flush();
    writer.Reset();
    output.WriteByte((byte)'\n');
    records++;
}

writer.Flush();
Console.WriteLine($"read {records} records, wrote {output.Length} bytes");
return 0;

static Dictionary<string, string> ReadOptions(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        options[args[i]] = args[i + 1];
    }

    foreach (var required in new[] { "--input", "--out", "--bytes", "--records" })
    {
        if (!options.ContainsKey(required))
        {
            throw new ArgumentException($"missing {required}: --input FILE --out FILE --bytes N --records N");
        }
    }

    return options;
}
