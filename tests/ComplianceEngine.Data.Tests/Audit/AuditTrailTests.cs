using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
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

    private RuleSet LoadRules() => RuleSetLoader.Load(_files.CopyMinimalRules());

    [Fact]
    public async Task StoreAsync_StoresRuleSetAndEvaluationOnce_WhenStoredTwice()
    {
        var ruleSet = LoadRules();
        var trail = new AuditTrail(db.DataSource);
        var record = Steel("A-1", "completed");
        var result = ruleSet.Evaluate(record, AsOf);

        var id = await trail.StoreAsync(ruleSet, record, result);
        var again = await trail.StoreAsync(ruleSet, record, result);

        Assert.Equal(id, again);
        var entry = Assert.Single(await trail.Evaluations.HistoryAsync("enterprise", "A-1"));
        Assert.Equal((AsOf, ruleSet.Version, "compliant"), (entry.AsOf, entry.RuleSetVersion, entry.Outcome));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM rule_set_versions WHERE hash = @h", new { h = ruleSet.Version }));
    }

    [Fact]
    public async Task RuleSetAsync_GivesTheLoadedBytes_WhenFolderWasEditedAfterLoading()
    {
        var ruleSet = LoadRules();
        var limits = Path.Combine(ruleSet.Directory, "catalog", "limits.json");
        await File.WriteAllTextAsync(limits, (await File.ReadAllTextAsync(limits)).Replace("\"limit\"", "\"obligation\"", StringComparison.Ordinal));
        var trail = new AuditTrail(db.DataSource);
        var record = Steel("B-1", "completed");

        await trail.StoreAsync(ruleSet, record, ruleSet.Evaluate(record, AsOf));
        var stored = (await trail.RuleSetAsync(ruleSet.Version))!;

        Assert.Equal(ruleSet.Version, RuleSetVersion.Compute(stored));
        Assert.NotEqual(ruleSet.Version, RuleSetVersion.Compute(ruleSet.Directory));
        Assert.Equal(ruleSet.Snapshot.Files.Keys.Order(), stored.Files.Keys.Order());
    }

    [Fact]
    public async Task EvaluationAsync_GivesTheRecordAsJudged_WhenStored()
    {
        var ruleSet = LoadRules();
        var trail = new AuditTrail(db.DataSource);
        var record = Steel("J-1", "in-progress");
        var id = await trail.StoreAsync(ruleSet, record, ruleSet.Evaluate(record, AsOf));

        var archived = (await trail.EvaluationAsync(id))!;

        Assert.Equal((id, ruleSet.Version, AsOf), (archived.Id, archived.RuleSetVersion, archived.AsOf));
        Assert.True(EvaluationJson.SameJson(RecordWriter.Write(record), archived.RecordJson));
        Assert.Null(await trail.EvaluationAsync(id + 1_000_000));
    }

    [Fact]
    public async Task Matches_IsFalse_WhenOutcomeOrFindingsDiffer()
    {
        var ruleSet = LoadRules();
        var trail = new AuditTrail(db.DataSource);
        var record = Steel("M-1", "in-progress");
        var result = ruleSet.Evaluate(record, AsOf);
        var id = await trail.StoreAsync(ruleSet, record, result);
        var stored = (await trail.Evaluations.LoadAsync(id))!;

        Assert.True(stored.Matches(result));
        Assert.False(stored.Matches(result with { Outcome = Outcome.Compliant }));
        Assert.False(stored.Matches(result with { Findings = [] }));
    }

    [Fact]
    public async Task SaveAsync_StoresSnapshotOnce_WhenSameRecordContentWrittenDifferently()
    {
        var ruleSet = LoadRules();
        await new RuleSetStore(db.DataSource).EnsureAsync(ruleSet);
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
        await new RuleSetStore(db.DataSource).EnsureAsync(ruleSet);
        var store = new EvaluationStore(db.DataSource);
        var record = Steel("C-1", "completed");
        var result = ruleSet.Evaluate(record, AsOf);

        var saves = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => store.SaveAsync(result, RecordWriter.Write(record)))));

        Assert.Single(saves.Select(s => s.Id).Distinct());
        Assert.Single(saves, s => s.Inserted);
        Assert.Single(await store.HistoryAsync("enterprise", "C-1"));
    }
}
