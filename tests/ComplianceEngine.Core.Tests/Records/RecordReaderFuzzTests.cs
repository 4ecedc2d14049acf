using System.Text;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

/// <summary>
/// Thousands of damaged records through the one reader, as JSON lines: it never throws, reads every line as one record
/// and names a JSON path for every problem. Seeded, so a failure repeats.
/// </summary>
public class RecordReaderFuzzTests
{
    private static readonly string[] Insertions =
    [
        "\"", "{", "}", "[", "]", ",", ":", "\\", "\\u0000", "\\ud800", "\\udfff", "\\uFFFD", "null", "-1e999", "1e400",
        "\"kind\":\"enterprise\",", "\"id\":42,", "\"facilities\":{},", "\u0000", "\"" + new string('名', 300) + "\"",
    ];

    [Fact]
    public void Read_ReadsEveryLineAndNamesEveryProblem_WhenRecordsAreDamagedAtRandom()
    {
        const int count = 3000;
        var random = new Random(20261130);
        var templates = new[] { Compact(TestData.Enterprise), Compact(TestData.Project) };
        var lines = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var text = templates[i % 2].Replace("\"id\":\"", $"\"id\":\"F{i}-", StringComparison.Ordinal);
            for (var damage = random.Next(1, 4); damage > 0; damage--)
            {
                var at = random.Next(1, text.Length - 1);
                text = random.Next(3) switch
                {
                    0 => text.Remove(at, 1),
                    1 => text.Insert(at, Insertions[random.Next(Insertions.Length)]),
                    _ => text[..at] + Insertions[random.Next(Insertions.Length)] + text[Math.Min(text.Length, at + random.Next(1, 12))..],
                };
            }

            lines.Add(text.Replace("\n", " ", StringComparison.Ordinal));
        }

        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

        var records = RecordReader.Read(new MemoryStream(bytes), "fuzz.jsonl").ToList();

        Assert.Equal(count, records.Count);
        Assert.All(records, r =>
        {
            if (!r.IsValid)
            {
                Assert.NotEmpty(r.Errors);
                Assert.All(r.Errors, e => Assert.StartsWith("$", e.Path, StringComparison.Ordinal));
            }
        });
        Assert.Contains(records, r => r.IsValid);
        Assert.Contains(records, r => !r.IsValid);
        Assert.DoesNotContain(records, r => r.IsValid && (r.Record!.Name.Contains('\0') || r.Record.Name.Contains('\uFFFD')));
    }

    private static string Compact(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();
}
