using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Paging;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Data.Tests.Audit;

public sealed class EvaluationStoreTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static ComplianceRecord Enterprise(string id) =>
        RecordReader.Read($$"""
            {"kind":"enterprise","id":"{{id}}","name":"测试钢铁","industryCode":"3120","city":"南昌市",
             "permit":{"number":"X-1","managementClass":"key","validFrom":"2022-01-01","validTo":"2027-01-01"},
             "facilities":[{"id":"SJ-1","type":"sintering","ultraLowStatus":"completed"}]}
            """, "test").Records.Single().Record!;

    [Fact]
    public async Task HistoryAsync_PagesOldestFirstWithTheTotalAndLatestAsyncGivesTheLast_WhenEvaluatedOnThreeDates()
    {
        var ruleSet = RuleSetLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal-rules"));
        var trail = new AuditTrail(db.DataSource);
        var ids = new List<long>();
        foreach (var day in new[] { 13, 14, 15 })
        {
            var record = Enterprise("PG-1");
            ids.Add(await trail.StoreAsync(ruleSet, record, ruleSet.Evaluate(record, new DateOnly(2025, 10, day))));
        }

        var store = new EvaluationStore(db.DataSource);
        var first = await store.HistoryAsync("enterprise", "PG-1", new PageRequest(1, 2));
        var second = await store.HistoryAsync("enterprise", "PG-1", new PageRequest(2, 2));
        var latest = await store.LatestAsync("enterprise", "PG-1");
        var none = await store.LatestAsync("enterprise", "PG-NONE");

        Assert.Equal((3L, 3L), (first.Total, second.Total));
        Assert.Equal(ids, first.Rows.Concat(second.Rows).Select(e => e.Id));
        Assert.Equal(ids[^1], latest?.Id);
        Assert.Equal(new DateOnly(2025, 10, 15), latest?.AsOf);
        Assert.Null(none);
    }
}
