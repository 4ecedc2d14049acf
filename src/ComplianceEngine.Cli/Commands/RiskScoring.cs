using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Risk.Features;
using ComplianceEngine.Risk.Ranking;
using ComplianceEngine.Risk.Training;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// <c>risk score</c> streamed: enterprises are read, featured, scored and explained a chunk at a time and each row
/// written as it is ready, so memory does not grow with the register. Output is that of scoring the whole input at once.
/// </summary>
internal static class RiskScoring
{
    private const int Chunk = 4096;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes every valid enterprise's score and reasons in <paramref name="format"/> (json, csv or table); the number of invalid records skipped.</summary>
    public static int Write(RuleSet ruleSet, RiskModel model, IEnumerable<ParsedRecord> records, DateOnly asOf, string format)
    {
        var invalid = 0;
        var extractor = new FeatureExtractor(ruleSet);
        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        using var json = format == "json" ? new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = Json.Encoder }) : null;
        using var text = format == "json" ? null : new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        if (json is not null)
        {
            json.WriteStartObject();
            json.WriteString("modelVersion", model.Version);
            json.WriteString("asOf", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteStartArray("results");
        }
        else if (format == "csv")
        {
            text!.WriteLine("enterpriseId,score,reasons");
        }

        var enterprises = records.Where(p =>
        {
            var ok = p is { IsValid: true, Record: EnterpriseRecord };
            invalid += ok ? 0 : 1;
            return ok;
        }).Select(p => (EnterpriseRecord)p.Record!);
        foreach (var chunk in enterprises.Chunk(Chunk))
        {
            var features = extractor.ComputeAll(chunk, asOf);
            var scores = model.Score(features);
            var reasons = ReasonExplainer.Explain(model, [.. features.Select(f => f.Values)], scores);
            for (var i = 0; i < chunk.Length; i++)
            {
                var row = new { enterpriseId = chunk[i].Id, score = Math.Round(scores[i], 4), reasons = reasons[i] };
                if (json is not null)
                {
                    JsonSerializer.Serialize(json, row, Json);
                }
                else if (format == "csv")
                {
                    text!.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.enterpriseId},{row.score},\"{string.Join("; ", row.reasons.Select(x => $"{x.Zh} / {x.En}")).Replace("\"", "\"\"", StringComparison.Ordinal)}\""));
                }
                else
                {
                    text!.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.enterpriseId,-12} {row.score,7:F4}  {string.Join("; ", row.reasons.Select(x => x.En))}"));
                }
            }

            json?.Flush();
        }

        if (json is not null)
        {
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            stdout.WriteByte((byte)'\n');
        }

        text?.Flush();
        return invalid;
    }
}
