using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Rules;
using Npgsql;

namespace ComplianceEngine.Data.Tests.Audit;

public sealed class EvaluationBatchStoreTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly DateOnly AsOf = new(2025, 10, 15);

    private static ComplianceRecord Enterprise(string id, string permit = "X-1") =>
        RecordReader.Read($$"""
            {"kind":"enterprise","id":"{{id}}","name":"测试钢铁","industryCode":"3120","city":"南昌市",
             "permit":{"number":"{{permit}}","managementClass":"key","validFrom":"2022-01-01","validTo":"2025-09-01"},
             "facilities":[{"id":"SJ-1","type":"sintering","ultraLowStatus":"not-started"}]}
            """, "test").Records.Single().Record!;

    private static RuleSet RuleSet() => RuleSetLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal-rules"));

    [Fact]
    public async Task StoreAllAsync_StoresWhatStoreAsyncStoresOnceEach_WhenTheBatchIsStoredTwice()
    {
        var ruleSet = RuleSet();
        var trail = new AuditTrail(db.DataSource);
        ComplianceRecord[] records = [Enterprise("BATCH-1"), Enterprise("BATCH-2"), Enterprise("BATCH-3", permit: "X-3")];
        var evaluated = records.Select(r => (r, ruleSet.Evaluate(r, AsOf))).ToList();
        var single = Enterprise("BATCH-SINGLE");
        var singleId = await trail.StoreAsync(ruleSet, single, ruleSet.Evaluate(single, AsOf));

        var ids = await trail.StoreAllAsync(ruleSet, evaluated);
        var again = await trail.StoreAllAsync(ruleSet, evaluated);

        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(ids, again);
        Assert.Equal(3L, await ScalarAsync("SELECT count(*) FROM evaluations WHERE record_id LIKE 'BATCH-_'"));
        var store = new EvaluationStore(db.DataSource);
        var stored = await store.LoadAsync(ids[2]);
        Assert.Equal("BATCH-3", stored!.RecordId);
        Assert.True(stored.Matches(evaluated[2].Item2));
        Assert.True(EvaluationJson.SameJson(RecordWriter.Write(records[2]), stored.RecordJson));
        // The snapshot is keyed as the one-at-a-time path keys it, so the two paths share snapshots.
        Assert.Equal(await HashAsync(singleId), await HashOfContentAsync(RecordWriter.Write(single)));
        Assert.Equal(await HashAsync(ids[0]), await HashOfContentAsync(RecordWriter.Write(records[0])));
    }

    [Fact]
    public async Task StoreAllAsync_StoresNoneOfTheBatch_WhenOneRecordCannotBeStored()
    {
        var ruleSet = RuleSet();
        var trail = new AuditTrail(db.DataSource);
        var good = Enterprise("ALL-OR-NONE-1");
        // jsonb refuses the NUL character: this record's snapshot cannot be stored.
        var bad = Enterprise("ALL-OR-NONE-2") with { Name = "坏\u0000名" };

        await Assert.ThrowsAsync<PostgresException>(() => trail.StoreAllAsync(ruleSet, [(good, ruleSet.Evaluate(good, AsOf)), (bad, ruleSet.Evaluate(bad, AsOf))]));

        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM evaluations WHERE record_id LIKE 'ALL-OR-NONE-%'"));
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var command = db.DataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<string> HashAsync(long id)
    {
        await using var command = db.DataSource.CreateCommand($"SELECT record_hash FROM evaluations WHERE id = {id}");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<string> HashOfContentAsync(string json)
    {
        await using var command = db.DataSource.CreateCommand("SELECT encode(sha256(convert_to($1::jsonb::text, 'UTF8')), 'hex')");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = json });
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
