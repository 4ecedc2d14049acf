using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Analytics.Impact;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Analytics.Tests.Impact;

/// <summary>
/// The documented example: the permit-renewal application deadline moved from 60 to 90 days before expiry, on the
/// bundled sample. The expected flips are worked out here from the raw records and the law's arithmetic, not by the
/// impact run.
/// </summary>
public class ImpactRunTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);
    private static readonly RuleSet Shipped = RuleSetLoader.Load(Repository.Rules);

    private static ParsedRecord[] Sample() =>
        [.. RecordReader.Read(File.ReadAllText(Repository.Sample("enterprises.json")), "enterprises.json").Records,
         .. RecordReader.Read(File.ReadAllText(Repository.Sample("projects.json")), "projects.json").Records];

    [Fact]
    public void Compare_FlipsExactlyTheEnterprisesTheLawsArithmeticPicks_WhenTheRenewalDeadlineMovesTo90Days()
    {
        var catalogs = ImpactCatalogs.Load(Shipped, null, [ParameterOverride.Parse("permit.renewal.leadDays=90")], AsOf);
        var flips = new List<RecordFlip>();
        var records = Sample();

        var summary = new ImpactRun(catalogs.Baseline, catalogs.Candidate, AsOf).Compare(records, flips.Add);

        var expected = ExpectedFlips(records);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value.Before, e.Value.After)),
            flips.Select(f => (f.RecordId, f.Before, f.After)));
        Assert.All(flips, f => Assert.Equal("PRM-RENEW-01", Assert.Single(f.Causes).RuleId));
        Assert.Equal((records.Length, expected.Count, expected.Count), (summary.Records, summary.Flips, summary.Worse));
        Assert.Equal(expected.Count, summary.ByCity.Sum(c => c.Flips));
        var renew = Assert.Single(summary.Rules, r => r.RuleId == "PRM-RENEW-01");
        Assert.True(renew.RecordsAfter > renew.RecordsBefore);
    }

    [Fact]
    public void Compare_FindsNoFlip_WhenTheCandidateIsTheBaseline()
    {
        var records = Sample();
        var flips = new List<RecordFlip>();

        var summary = new ImpactRun(Shipped, Shipped, AsOf).Compare(records, flips.Add);

        Assert.Empty(flips);
        Assert.Equal((records.Length, 0L, 0L), (summary.Records, summary.Flips, summary.FindingsChanged));
        Assert.Empty(summary.Rules);
    }

    [Fact]
    public void Compare_ListsOverdueChangesWithoutFlips_WhenASupervisionDeadlineMovesAndChangesAreAskedFor()
    {
        // Ultra-low retrofits are supervision items: never non-compliant, so moving their deadline changes only 'overdue'.
        var catalogs = ImpactCatalogs.Load(Shipped, null, [ParameterOverride.Parse("ultraLow.steel.deadline=2027-06-30")], AsOf);
        var changed = new List<RecordFlip>();
        var records = Sample();

        var summary = new ImpactRun(catalogs.Baseline, catalogs.Candidate, AsOf, changes: true).Compare(records, changed.Add);

        // Worked out from the records: every steel enterprise with a facility of a ULE-STEEL-01 type not yet retrofitted is
        // overdue under 2025-12-31 and not under the candidate (2027-06-30; 赣州市's own 2026-12-31, now the stricter, neither).
        string[] steelTypes = ["sintering", "pelletizing", "blast-furnace", "converter", "electric-furnace", "coke-oven"];
        var expected = records.Select(r => r.Record).OfType<EnterpriseRecord>()
            .Where(e => e.InSector("steel") && e.Facilities.Any(f => steelTypes.Contains(f.Type) && !f.UltraLowDone))
            .Select(e => e.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(0, summary.Flips);
        Assert.Equal(expected, changed.Select(c => c.RecordId));
        Assert.All(changed, c => Assert.Equal("unchanged", c.Direction));
        Assert.All(changed.SelectMany(c => c.Causes), c => Assert.Equal(("ULE-STEEL-01", true, false), (c.RuleId, c.OverdueBefore!.Value, c.OverdueAfter!.Value)));
        Assert.Equal("ultra-low", Assert.Single(summary.ByFamily).Key);
    }

    [Fact]
    public void JsonWriter_WritesFlipsThenTheSummary_AsOneObject()
    {
        var catalogs = ImpactCatalogs.Load(Shipped, null, [ParameterOverride.Parse("permit.renewal.leadDays=90")], AsOf);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            var writer = new ImpactJsonWriter(json);
            writer.Start(catalogs, AsOf);
            var summary = new ImpactRun(catalogs.Baseline, catalogs.Candidate, AsOf).Compare(Sample(), writer.Flip);
            writer.End(summary);
        }

        using var doc = JsonDocument.Parse(buffer.ToArray());
        var root = doc.RootElement;
        Assert.Equal(catalogs.Candidate.Version, root.GetProperty("candidate").GetProperty("version").GetString());
        Assert.Equal("permit.renewal.leadDays=90", root.GetProperty("overrides")[0].GetString());
        Assert.Equal(root.GetProperty("summary").GetProperty("flips").GetInt64(), root.GetProperty("flips").GetArrayLength());
        Assert.Equal("due", root.GetProperty("flips").EnumerateArray().First(f => f.GetProperty("direction").GetString() == "worse"
            && f.GetProperty("before").GetString() == "compliant").GetProperty("after").GetString());
    }

    // PRM-RENEW-01 under 排污许可管理条例 第十四条: a key or simplified permit in force whose renewal was not applied for
    // fires from (lead + reminder) days before expiry up to expiry, and is never overdue: its deadline is the expiry
    // itself (a late application is no violation; PRM-EXPIRED-01 decides after expiry).
    private static Dictionary<string, (Outcome Before, Outcome After)> ExpectedFlips(ParsedRecord[] records)
    {
        var expected = new Dictionary<string, (Outcome, Outcome)>(StringComparer.Ordinal);
        using var raw = JsonDocument.Parse(File.ReadAllText(Repository.Sample("enterprises.json")));
        foreach (var e in raw.RootElement.EnumerateArray())
        {
            var id = e.GetProperty("id").GetString()!;
            var before = Shipped.Evaluate(records.Single(r => r.Id == id).Record!, AsOf);
            var others = before.Findings.Where(f => f.RuleId != "PRM-RENEW-01").ToList();
            var after = OutcomePolicy.ForEnterprise([.. others, .. Renewal(e, 90)]);
            if (OutcomePolicy.ForEnterprise([.. others, .. Renewal(e, 60)]) != before.Outcome)
            {
                throw new InvalidOperationException($"{id}: the hand computation disagrees with the shipped catalog");
            }

            if (after != before.Outcome)
            {
                expected[id] = (before.Outcome, after);
            }
        }

        return expected;
    }

    private static IEnumerable<Finding> Renewal(JsonElement enterprise, int leadDays)
    {
        if (!enterprise.TryGetProperty("permit", out var permit) || permit.ValueKind != JsonValueKind.Object
            || permit.GetProperty("managementClass").GetString() == "registration")
        {
            yield break;
        }

        var validFrom = Date(permit, "validFrom")!.Value;
        var validTo = Date(permit, "validTo")!.Value;
        var applied = Date(permit, "renewalAppliedOn");
        var daysLeft = validTo.DayNumber - AsOf.DayNumber;
        var filed = applied is { } a && a >= validFrom && a <= AsOf;
        if (daysLeft >= 0 && daysLeft <= leadDays + 90 && !filed)
        {
            yield return new Finding
            {
                RuleId = "PRM-RENEW-01", Family = "permits", Severity = Severity.Obligation, Overdue = false,
                Message = new LocalizedText("", ""),
                Citation = new Citation { Document = "排污许可管理条例", Clause = "第十四条", Quote = "应当于排污许可证有效期届满60日前向审批部门提出申请" },
            };
        }
    }

    private static DateOnly? Date(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? DateOnly.ParseExact(v.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}
