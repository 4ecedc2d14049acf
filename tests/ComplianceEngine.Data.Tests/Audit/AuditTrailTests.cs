using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Exceedances;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Rules;
using Dapper;

namespace ComplianceEngine.Data.Tests.Audit;

public sealed class AuditTrailTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private static readonly DateOnly AsOf = new(2025, 10, 15);
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static ComplianceRecord Steel(string id, string status) =>
        RecordReader.Read($$"""
            {"kind":"enterprise","id":"{{id}}","name":"测试钢铁","industryCode":"3120","city":"南昌市",
             "permit":{"number":"X-1","managementClass":"key","validFrom":"2022-01-01","validTo":"2027-01-01"},
             "facilities":[{"id":"SJ-1","type":"sintering","ultraLowStatus":"{{status}}"}]}
            """, "test").Records.Single().Record!;

    /// <summary>The minimal catalog copied to a folder of this test, so it can be deleted before a replay.</summary>
    private RuleSet LoadRules()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal-rules");
        var target = Path.Combine(_files.Folder, "rules");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return RuleSetLoader.Load(target);
    }

    private async Task ImportReading(string id, string hour, double value) =>
        await new Importer(db.DataSource).ImportAsync(_files.Write($"{id}-{Guid.NewGuid():N}.csv",
            $"enterpriseId,facilityId,pollutant,hour,concentrationMgM3\n{id},SJ-1,NOx,{hour},{value}\n"));

    [Fact]
    public async Task EvaluateAsync_AddsHourlyExceedancesAndStoresOnce_WhenRunTwice()
    {
        var ruleSet = LoadRules();
        await ImportReading("A-1", "2025-10-01T08:00:00+08:00", 350);
        var trail = new AuditTrail(db.DataSource);

        var (result, id) = await trail.EvaluateAsync(ruleSet, Steel("A-1", "completed"), AsOf);
        var (_, again) = await trail.EvaluateAsync(ruleSet, Steel("A-1", "completed"), AsOf);

        Assert.Equal(id, again);
        Assert.Equal(Outcome.Noncompliant, result.Outcome);
        Assert.Contains(result.Findings, f => f.RuleId == LimitFindings.RuleId && f.FacilityId == "SJ-1");
        var entry = Assert.Single(await trail.Evaluations.HistoryAsync("enterprise", "A-1"));
        Assert.Equal((AsOf, ruleSet.Version, "noncompliant"), (entry.AsOf, entry.RuleSetHash, entry.Outcome));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM rule_set_versions WHERE hash = @h", new { h = ruleSet.Version }));
    }

    [Fact]
    public async Task ReplayAsync_GivesTheStoredResult_WhenRuleFolderIsGoneAndRecordChanged()
    {
        var ruleSet = LoadRules();
        await ImportReading("R-1", "2025-09-01T08:00:00+08:00", 320);
        var trail = new AuditTrail(db.DataSource);
        var (original, id) = await trail.EvaluateAsync(ruleSet, Steel("R-1", "in-progress"), AsOf);
        await trail.EvaluateAsync(ruleSet, Steel("R-1", "completed"), AsOf);
        Directory.Delete(ruleSet.Directory, recursive: true);

        var (stored, replayed) = await trail.ReplayAsync(id);

        Assert.True(stored.Matches(replayed), "the replayed evaluation differs from the stored one");
        Assert.True(stored.Matches(original));
        Assert.Contains(replayed.Findings, f => f.RuleId == "ULE-T-01");
        var history = await trail.Evaluations.HistoryAsync("enterprise", "R-1");
        Assert.Equal(2, history.Count);
        Assert.NotEqual(history[0].RecordHash, history[1].RecordHash);
        Assert.Equal(id, history[0].Id);
    }

    [Fact]
    public async Task Matches_IsFalse_WhenOutcomeOrFindingsDiffer()
    {
        var ruleSet = LoadRules();
        var trail = new AuditTrail(db.DataSource);
        var (result, id) = await trail.EvaluateAsync(ruleSet, Steel("M-1", "in-progress"), AsOf);
        var stored = (await trail.Evaluations.LoadAsync(id))!;

        Assert.True(stored.Matches(result));
        Assert.False(stored.Matches(result with { Outcome = Outcome.Compliant }));
        Assert.False(stored.Matches(result with { Findings = [] }));
    }

    [Fact]
    public async Task SaveAsync_StoresSnapshotOnce_WhenSameRecordContentWrittenDifferently()
    {
        var ruleSet = LoadRules();
        await new RuleSetStore(db.DataSource).EnsureAsync(ruleSet.Version, RuleSetFiles.Read(ruleSet.Directory));
        var store = new EvaluationStore(db.DataSource);
        var result = ruleSet.Evaluate(Steel("S-1", "completed"), AsOf);

        var first = await store.SaveAsync(result, """{"kind":"enterprise","id":"S-1","a":1,"b":[1,2]}""");
        var second = await store.SaveAsync(result, """{ "b": [1, 2], "a": 1, "id": "S-1", "kind": "enterprise" }""");

        Assert.True(first.Inserted);
        Assert.Equal((first.Id, false), second);
    }

    [Fact]
    public async Task SaveAsync_StoresOnceAndAnswersOneId_WhenSameEvaluationSavedConcurrently()
    {
        var ruleSet = LoadRules();
        await new RuleSetStore(db.DataSource).EnsureAsync(ruleSet.Version, RuleSetFiles.Read(ruleSet.Directory));
        var store = new EvaluationStore(db.DataSource);
        var record = Steel("C-1", "completed");
        var result = ruleSet.Evaluate(record, AsOf);

        var saves = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => store.SaveAsync(result, RecordWriter.Write(record)))));

        Assert.Single(saves.Select(s => s.Id).Distinct());
        Assert.Single(saves, s => s.Inserted);
        Assert.Single(await store.HistoryAsync("enterprise", "C-1"));
    }
}
