using ComplianceEngine.Data.Import;

namespace ComplianceEngine.Data.Tests.Import;

public sealed class InspectionStoreTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task ForEnterpriseAsync_ReadsBackTheInspectorNewestFirst_WhenOneWasRecordedAndOneImported()
    {
        var store = new InspectionStore(db.DataSource);
        var recorded = new InspectionRow("S-1", new DateOnly(2026, 11, 20), true, "SJ-1", "NOx", "旁路未拆除", Inspector: "李四");
        var imported = new InspectionRow("S-1", new DateOnly(2026, 5, 2), false);

        var counts = await store.UpsertAsync([recorded, imported]);
        var rows = await store.ForEnterpriseAsync("S-1");

        Assert.Equal((2L, 0L, 0L), counts);
        Assert.Equal([recorded, imported], rows);
    }

    [Fact]
    public async Task UpsertAsync_UpdatesTheInspection_WhenOnlyItsInspectorChanged()
    {
        var store = new InspectionStore(db.DataSource);
        var first = new InspectionRow("S-2", new DateOnly(2026, 11, 20), true, Inspector: "李四");
        await store.UpsertAsync([first]);

        var again = await store.UpsertAsync([first with { Inspector = "王五" }]);

        Assert.Equal((0L, 1L, 0L), again);
        Assert.Equal("王五", (await store.ForEnterpriseAsync("S-2")).Single().Inspector);
    }
}
