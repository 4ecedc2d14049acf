using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Notices.Tests;

/// <summary>The bundled sample screened by the real catalog as of 2026-11-23, once per test run (loading the catalog takes seconds).</summary>
internal static class SampleScreening
{
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    private static readonly Lazy<RuleSet> Catalog = new(() => RuleSetLoader.Load(RepositoryFiles.Rules));
    private static readonly Lazy<IReadOnlyList<ScreenedRecord>> Records = new(Screen);

    public static IReadOnlyList<ScreenedRecord> All => Records.Value;

    public static ScreenedRecord Get(string id) => All.Single(r => r.Record.Id == id);

    /// <summary>A record (e.g. a sample record changed by a test) screened by the real catalog as of <see cref="AsOf"/>.</summary>
    public static ScreenedRecord Screen(ComplianceRecord record) => new(record, Catalog.Value.Evaluate(record, AsOf));

    /// <summary>A record screened with hourly exceedance facts, as the store would supply them.</summary>
    public static ScreenedRecord Screen(ComplianceRecord record, IReadOnlyList<Core.Monitoring.ExceedanceMonth> exceedances) =>
        new(record, Catalog.Value.Evaluate(record, AsOf, exceedances));

    private static List<ScreenedRecord> Screen()
    {
        var ruleSet = Catalog.Value;
        var screened = new List<ScreenedRecord>();
        foreach (var file in new[] { "enterprises.json", "projects.json" })
        {
            foreach (var parsed in RecordReader.Read(File.ReadAllText(RepositoryFiles.Sample(file)), file).Records)
            {
                if (parsed.Record is { } record)
                {
                    screened.Add(new ScreenedRecord(record, ruleSet.Evaluate(record, AsOf)));
                }
            }
        }

        return screened;
    }
}
