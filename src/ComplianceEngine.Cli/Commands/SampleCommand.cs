using System.CommandLine;
using System.Text.Json;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Synthetic;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>sample generate</c>: synthetic, contract-shaped records from a seed (stated as synthetic wherever used).</summary>
internal static class SampleCommand
{
    public static Command Create()
    {
        var enterprises = new Option<int>("--enterprises") { Description = "How many enterprises", DefaultValueFactory = _ => 300 };
        var projects = new Option<int>("--projects") { Description = "How many projects", DefaultValueFactory = _ => 60 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same files", DefaultValueFactory = _ => 1 };
        var asOf = CommonOptions.AsOf(required: false);
        asOf.Description = "Reference date the records are drawn around (default 2026-11-23)";
        var inspections = new Option<bool>("--inspections")
        {
            Description = "Also write the risk model's synthetic data into OUT/risk: yearly enterprise snapshots and inspection outcomes with the true violation probability",
        };
        var years = new Option<int>("--years") { Description = "Years of snapshots and inspections, ending with the reference date's year (with --inspections)", DefaultValueFactory = _ => 6 };
        var format = new Option<string>("--format")
        {
            Description = "json (one indented array a file: enterprises.json, projects.json) or jsonl (one record a line: enterprises.jsonl, projects.jsonl)",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write enterprises.json and projects.json into", Required = true };

        var generate = new Command("generate", "Write synthetic enterprise and project records") { enterprises, projects, seed, asOf, inspections, years, format, output };
        generate.SetAction(result =>
        {
            var reference = result.GetResult(asOf) is null ? new DateOnly(2026, 11, 23) : result.GetValue(asOf);
            var dir = result.GetRequiredValue(output);
            dir.Create();
            var enterpriseGenerator = new EnterpriseGenerator(result.GetValue(seed), reference);
            var projectGenerator = new ProjectGenerator(result.GetValue(seed) + 1, reference);
            var lines = result.GetValue(format) == "jsonl";
            Write(Path.Combine(dir.FullName, lines ? "enterprises.jsonl" : "enterprises.json"), lines,
                Enumerable.Range(1, result.GetValue(enterprises)).Select(i => (ComplianceRecord)enterpriseGenerator.Next(i)));
            Write(Path.Combine(dir.FullName, lines ? "projects.jsonl" : "projects.json"), lines,
                Enumerable.Range(1, result.GetValue(projects)).Select(i => (ComplianceRecord)projectGenerator.Next(i)));
            Console.WriteLine($"wrote {result.GetValue(enterprises)} enterprises and {result.GetValue(projects)} projects to {dir.FullName}");
            if (result.GetValue(inspections))
            {
                var riskDir = Path.Combine(dir.FullName, "risk");
                var (rows, outcomes) = RiskSampleWriter.Write(riskDir, result.GetValue(enterprises), Math.Max(1, result.GetValue(years)), result.GetValue(seed), reference);
                Console.WriteLine($"wrote {rows} enterprise-years and {outcomes} inspection outcomes (synthetic: see docs/risk-model.md) to {riskDir}");
            }
            return 0;
        });

        return new Command("sample", "Synthetic data for trying the product out") { generate };
    }

    private static void Write(string path, bool lines, IEnumerable<ComplianceRecord> records)
    {
        using var stream = File.Create(path);
        if (lines)
        {
            RecordWriter.WriteLines(stream, records);
            return;
        }

        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        RecordWriter.WriteArray(writer, records);
    }
}
