using System.Text.Json;
using ComplianceEngine.Analytics.Impact;

namespace ComplianceEngine.Cli.Commands;

/// <summary>Where <c>rules impact</c> writes: JSON or CSV as flips are found, or a summary for a person at the end.</summary>
internal sealed class ImpactOutput : IDisposable
{
    private readonly Stream _stream;
    private readonly StreamWriter? _text;
    private readonly Utf8JsonWriter? _json;
    private readonly ImpactJsonWriter? _jsonImpact;
    private readonly ImpactCsvWriter? _csv;
    private readonly List<RecordFlip> _shown = [];
    private readonly ImpactCatalogs _catalogs;
    private readonly int _limit;

    private ImpactOutput(string format, Stream stream, ImpactCatalogs catalogs, DateOnly asOf, int limit)
    {
        _stream = stream;
        _catalogs = catalogs;
        _limit = limit;
        if (format == "json")
        {
            _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            _jsonImpact = new ImpactJsonWriter(_json);
            _jsonImpact.Start(catalogs, asOf);
        }
        else
        {
            _text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            _csv = format == "csv" ? new ImpactCsvWriter(_text) : null;
        }
    }

    public static ImpactOutput Open(string format, FileInfo? output, ImpactCatalogs catalogs, DateOnly asOf, int shown) =>
        new(format, output is null ? Console.OpenStandardOutput() : output.Create(), catalogs, asOf, shown);

    public void Flip(RecordFlip flip)
    {
        if (_jsonImpact is not null)
        {
            _jsonImpact.Flip(flip);
        }
        else if (_csv is not null)
        {
            _csv.Flip(flip);
        }
        else if (_shown.Count < _limit)
        {
            _shown.Add(flip);
        }
    }

    public void Complete(ImpactSummary summary)
    {
        _jsonImpact?.End(summary);
        if (_text is not null && _csv is null)
        {
            ImpactSummaryText.Write(_text, _catalogs, summary, _shown);
        }

        if (_csv is not null)
        {
            Console.Error.WriteLine($"{summary.Records} records, {summary.Flips} flips ({summary.Worse} worse, {summary.Better} better); baseline {summary.BaselineVersion}, candidate {summary.CandidateVersion}");
        }
    }

    public void Dispose()
    {
        _csv?.Dispose();
        _text?.Dispose();
        _json?.Dispose();
        _stream.Dispose();
    }
}
