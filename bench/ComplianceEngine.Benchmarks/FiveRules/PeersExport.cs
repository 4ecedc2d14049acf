using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Benchmarks.FiveRules;

/// <summary>
/// <c>peers-export DIR COUNT</c>: checks the hand-written and NRules peers against the engine on COUNT generated
/// records, then writes what the json-rules-engine peer (bench/peers-js) reads: <c>records.json</c> (contract JSON plus
/// the derived <c>sectors</c>), <c>catalog.json</c> (as-of date; per city the two deadlines and the standard limits
/// table in force, from the catalog) and <c>engine-findings.json</c> (the engine's findings as <see cref="FindingKey"/>s).
/// </summary>
internal static class PeersExport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static int Run(string directory, int count)
    {
        var clock = Stopwatch.StartNew();
        var five = BenchData.FiveRuleSet();
        var records = BenchData.Enterprises(count);
        var byHand = new HandWrittenRules(five.Parameters);
        var nrules = new NRulesFiveRules(five.Parameters);
        FindingParity.Require("hand-written C#", records, r => five.Evaluate(r, BenchData.AsOf).Findings, r => byHand.Evaluate(r, BenchData.AsOf));
        FindingParity.Require("NRules", records, r => five.Evaluate(r, BenchData.AsOf).Findings, r => nrules.Evaluate(r, BenchData.AsOf));

        Directory.CreateDirectory(directory);
        var exported = new JsonArray();
        foreach (var r in records)
        {
            var json = RecordWriter.ToJson(r);
            json["sectors"] = new JsonArray([.. r.Sectors.Order(StringComparer.Ordinal).Select(s => JsonValue.Create(s))]);
            exported.Add(json);
        }

        File.WriteAllText(Path.Combine(directory, "records.json"), exported.ToJsonString(Json));
        File.WriteAllText(Path.Combine(directory, "catalog.json"), JsonSerializer.Serialize(Catalog(five, records), Json));
        var findings = records.SelectMany(r => five.Evaluate(r, BenchData.AsOf).Findings.Select(f => FindingKey.Of(r.Id, f))).ToArray();
        File.WriteAllText(Path.Combine(directory, "engine-findings.json"), JsonSerializer.Serialize(findings, Json));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peers-export: {count} records, {findings.Length} engine findings; hand-written C# and NRules agree finding by finding; written to {directory} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static object Catalog(Rules.RuleSet five, IEnumerable<EnterpriseRecord> records)
    {
        var steel = HandWrittenRules.Slot(five.Parameters, "ultraLow.steel.deadline");
        var voc = HandWrittenRules.Slot(five.Parameters, "voc.bypass.deadline");
        var lead = HandWrittenRules.Slot(five.Parameters, "permit.renewal.leadDays");
        var cities = records.Select(r => r.City).Distinct().Order(StringComparer.Ordinal).ToDictionary(c => c, c =>
        {
            var p = five.Parameters.For(c, BenchData.AsOf);
            return new
            {
                SteelDeadline = p.DateAt(steel),
                VocDeadline = p.DateAt(voc),
                RenewalLeadDays = p.NumAt(lead),
                Limits = five.Parameters.Limits.Where(l => l.Regime == "standard" && l.AppliesTo(c, BenchData.AsOf))
                    .Select(l => new { l.FacilityTypes, l.Fuel, l.Pollutant, l.ValueMgM3, l.CommissionedFrom, l.CommissionedBefore }),
            };
        });
        return new { AsOf = BenchData.AsOf, Cities = cities };
    }
}
