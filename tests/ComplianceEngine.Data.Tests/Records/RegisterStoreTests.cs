using System.Text.Json;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Data.Records;

namespace ComplianceEngine.Data.Tests.Records;

public sealed class RegisterStoreTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task RecordJsonAsync_ReturnsTheImportedRecordOrNull_WhenTheIdIsOrIsNotRegistered()
    {
        await new Importer(db.DataSource).ImportAsync(_files.Write("register.json", """
            [{"kind":"enterprise","id":"RS-1","name":"测试登记企业","industryCode":"3120","city":"南昌市",
              "permit":{"number":"X-1","managementClass":"key","validFrom":"2022-01-01","validTo":"2027-01-01"},
              "facilities":[{"id":"SJ-1","type":"sintering","ultraLowStatus":"completed"}]}]
            """));
        var store = new RegisterStore(db.DataSource);

        var json = await store.RecordJsonAsync("enterprise", "RS-1");
        var asProject = await store.RecordJsonAsync("project", "RS-1");
        var unknown = await store.RecordJsonAsync("enterprise", "RS-NONE");

        Assert.NotNull(json);
        using var record = JsonDocument.Parse(json);
        Assert.Equal("测试登记企业", record.RootElement.GetProperty("name").GetString());
        Assert.Null(asProject);
        Assert.Null(unknown);
        await Assert.ThrowsAsync<ArgumentException>(() => store.RecordJsonAsync("facility", "RS-1"));
    }
}
