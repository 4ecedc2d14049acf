using ComplianceEngine.Data.Enforcement;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Data.Paging;

namespace ComplianceEngine.Data.Tests.Enforcement;

public sealed class EnterpriseDirectoryTests(TestDatabase db) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestFiles _files = new();

    public async Task InitializeAsync()
    {
        var records = new[] { Record("D-3", "赣州钨业", "赣州市", ",\"county\":\"章贡区\""), Record("D-1", "洪都钢铁", "南昌市", ",\"county\":\"青山湖区\""),
            Record("D-2", "江铜冶炼", "南昌市", "") };
        var summary = await new Importer(db.DataSource).ImportAsync(_files.Write("e.json", $"[{string.Join(",", records)}]"));
        Assert.Equal(0, summary.Invalid);
    }

    private static string Record(string id, string name, string city, string county) => $$"""
        {"kind":"enterprise","id":"{{id}}","name":"{{name}}","industryCode":"3120","city":"{{city}}"{{county}},
         "permit":{"number":"X-{{id}}","managementClass":"key","validFrom":"2022-01-01","validTo":"2029-01-01"},
         "facilities":[{"id":"SJ-1","type":"sintering","ultraLowStatus":"completed"}]}
        """;

    public Task DisposeAsync()
    {
        _files.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SearchAsync_FindsByPartOfNameOrIdInCityOrder_WhenTextGiven()
    {
        var directory = new EnterpriseDirectory(db.DataSource);

        var byName = await directory.SearchAsync("钢铁", null, new PageRequest());
        var byId = await directory.SearchAsync("d-", null, new PageRequest());

        Assert.Equal(["D-1"], byName.Rows.Select(r => r.Id));
        Assert.Equal(3L, byId.Total);
        Assert.Equal(["D-1", "D-2", "D-3"], byId.Rows.Select(r => r.Id));
        Assert.Equal(new EnterpriseListing("D-1", "洪都钢铁", null, "南昌市", "青山湖区", "key"), byName.Rows[0]);
    }

    [Fact]
    public async Task SearchAsync_PagesOneCity_WhenCityGiven()
    {
        var directory = new EnterpriseDirectory(db.DataSource);

        var second = await directory.SearchAsync(null, "南昌市", new PageRequest(2, 1));

        Assert.Equal(2L, second.Total);
        Assert.Equal(["D-2"], second.Rows.Select(r => r.Id));
    }
}
