using System.Globalization;
using System.Text;
using System.Text.Json;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Synthetic.Risk;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// Writes the risk model's synthetic data: one enterprise file per year (snapshots as of 1 January, each record
/// with a <c>snapshotDate</c> field) and <c>inspections.csv</c> (contract columns plus the generator's
/// <c>trueProbability</c>). Streams: one writer per year, enterprises one at a time.
/// </summary>
internal static class RiskSampleWriter
{
    public static (int EnterpriseYears, int Inspections) Write(string dir, int enterprises, int years, int seed, DateOnly reference)
    {
        Directory.CreateDirectory(dir);
        var firstYear = reference.Year - years + 1;
        var generator = new RiskPanelGenerator(seed, firstYear, years);
        var streams = new List<Stream>();
        var writers = new List<Utf8JsonWriter>();
        var options = new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var csv = new StreamWriter(Path.Combine(dir, "inspections.csv"), false, new UTF8Encoding(false));
        csv.WriteLine("enterpriseId,date,violationFound,trueProbability");
        var rows = 0;
        var inspections = 0;
        try
        {
            for (var y = 0; y < years; y++)
            {
                var stream = File.Create(Path.Combine(dir, $"enterprises-{firstYear + y}.json"));
                streams.Add(stream);
                var writer = new Utf8JsonWriter(stream, options);
                writer.WriteStartArray();
                writers.Add(writer);
            }

            for (var i = 1; i <= enterprises; i++)
            {
                foreach (var (year, index) in generator.Next(i).Select((y, k) => (y, k)))
                {
                    RecordWriter.WriteRecord(writers[index], year.Snapshot);
                    if (writers[index].BytesPending > 1 << 16)
                    {
                        // A writer over a stream holds everything until flushed: memory would follow --enterprises.
                        writers[index].Flush();
                    }

                    rows++;
                    if (year.Inspection is { } inspection && inspection.Date <= reference)
                    {
                        csv.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{inspection.EnterpriseId},{inspection.Date:yyyy-MM-dd},{(inspection.ViolationFound ? "true" : "false")},{inspection.TrueProbability:F6}"));
                        inspections++;
                    }
                }
            }
        }
        finally
        {
            foreach (var writer in writers)
            {
                writer.WriteEndArray();
                writer.Dispose();
            }

            foreach (var stream in streams)
            {
                stream.Dispose();
            }
        }

        return (rows, inspections);
    }
}
