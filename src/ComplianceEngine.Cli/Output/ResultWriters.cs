using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Output;

/// <summary>
/// Writes screening results in the format asked for, one at a time as they come: <c>jsonl</c>, <c>json</c> and
/// <c>csv</c> hold nothing back (UTF-8 straight to the stream), <c>summary</c> keeps counts only; <c>table</c>, made
/// for a person to read, holds its rows until the end.
/// </summary>
internal static class ResultWriters
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    private static readonly JsonWriterOptions Indented = Compact with { Indented = true };

    /// <summary>A writer for <paramref name="format"/> to <paramref name="output"/> (a file), or to standard output when null.</summary>
    public static IResultSink Open(string format, RuleSet ruleSet, DateOnly asOf, FileInfo? output)
    {
        Stream Raw() => output is null
            ? new BufferedStream(Console.OpenStandardOutput(), 1 << 16)
            : new FileStream(output.FullName, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        TextWriter Text() => output is null ? Console.Out : new StreamWriter(Raw(), new UTF8Encoding(false), 1 << 16);
        return format switch
        {
            "json" => new JsonSink(Raw(), Indented, array: true),
            "jsonl" => new JsonSink(Raw(), Compact, array: false),
            "csv" => new CsvResultWriter(output is null ? new StreamWriter(Raw(), new UTF8Encoding(false), 1 << 16) : Text()),
            "summary" => new SummarySink(Text(), ruleSet, asOf, table: false),
            _ => new SummarySink(Text(), ruleSet, asOf, table: true),
        };
    }

    public static Spectre.Console.IAnsiConsole ConsoleFor(TextWriter writer) =>
        Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Out = new Spectre.Console.AnsiConsoleOutput(writer),
            Ansi = writer == Console.Out && !Console.IsOutputRedirected ? Spectre.Console.AnsiSupport.Detect : Spectre.Console.AnsiSupport.No,
            ColorSystem = writer == Console.Out && !Console.IsOutputRedirected ? Spectre.Console.ColorSystemSupport.Detect : Spectre.Console.ColorSystemSupport.NoColors,
        });

    /// <summary>JSON lines (one compact result a line) or one indented array, written with <see cref="Utf8JsonWriter"/>.</summary>
    private sealed class JsonSink : IResultSink
    {
        private const int FlushAt = 1 << 16;
        private readonly Stream _stream;
        private readonly Utf8JsonWriter _writer;
        private readonly bool _array;
        private readonly JsonSerializerOptions _options;

        public JsonSink(Stream stream, JsonWriterOptions options, bool array)
        {
            _stream = stream;
            _array = array;
            _options = array ? ResultJson.Indented : ResultJson.Compact;
            _writer = new Utf8JsonWriter(stream, options);
            if (array)
            {
                _writer.WriteStartArray();
            }
        }

        public void Write(EvaluationResult result)
        {
            JsonSerializer.Serialize(_writer, result, _options);
            if (!_array)
            {
                // One value a line: the writer is reset so the next record is a new top-level value.
                _writer.Flush();
                _writer.Reset();
                _stream.WriteByte((byte)'\n');
            }
            else if (_writer.BytesPending > FlushAt)
            {
                _writer.Flush();
            }
        }

        public void Complete()
        {
            if (_array)
            {
                _writer.WriteEndArray();
                _writer.Flush();
                _stream.WriteByte((byte)'\n');
            }

            _stream.Flush();
        }

        public void Dispose()
        {
            _writer.Dispose();
            _stream.Dispose();
        }
    }
}
