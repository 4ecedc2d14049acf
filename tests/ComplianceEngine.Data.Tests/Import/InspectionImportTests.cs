using ComplianceEngine.Data.Import;
using Dapper;

namespace ComplianceEngine.Data.Tests.Import;

public sealed class InspectionImportTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ImportAsync_StoresWhatInspectionLookedAt_WhenCsvHasOptionalColumns()
    {
        var csv = _files.Write("details.csv", """
            enterpriseId,date,violationFound,facilityId,pollutant,notes
            F-1,2025-06-02,true,GL-1,NOx,"旁路未拆除, bypass still in place"
            F-1,2025-07-02,false,,,
            """);

        var summary = await new Importer(db.DataSource).ImportAsync(csv);

        Assert.Equal((2, 0), (summary.Inserted, summary.Invalid));
        var rows = await Rows("F-1");
        Assert.Equal(("GL-1", "NOx", "旁路未拆除, bypass still in place"), rows[0]);
        Assert.Equal((null, null, null), rows[1]);
    }

    [Fact]
    public async Task ImportAsync_StoresWhatInspectionLookedAt_WhenJsonHasOptionalFields()
    {
        var json = _files.Write("details.json", """
            [{"enterpriseId":"F-2","date":"2025-06-02","violationFound":true,"facilityId":"YL-1","pollutant":"PM","notes":"在线监测数据缺失"},
             {"enterpriseId":"F-2","date":"2025-06-03","violationFound":false,"notes":7}]
            """);

        var summary = await new Importer(db.DataSource).ImportAsync(json);

        Assert.Equal((1, 1), (summary.Inserted, summary.Invalid));
        Assert.Contains(summary.Errors, e => e is { Index: 1, Path: "$.notes", Reason: "expected a string, got number" });
        Assert.Equal([("YL-1", "PM", "在线监测数据缺失")], await Rows("F-2"));
    }

    [Fact]
    public async Task ImportAsync_UpdatesInspection_WhenOnlyItsNotesChanged()
    {
        var importer = new Importer(db.DataSource);
        await importer.ImportAsync(_files.Write("v1.csv", "enterpriseId,date,violationFound,notes\nF-3,2025-06-02,true,first\n"));

        var again = await importer.ImportAsync(_files.Write("v2.csv", "enterpriseId,date,violationFound,notes\nF-3,2025-06-02,true,second\n"));

        Assert.Equal((0, 1, 0), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal("second", (await Rows("F-3"))[0].Notes);
    }

    private async Task<List<(string? FacilityId, string? Pollutant, string? Notes)>> Rows(string enterpriseId)
    {
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<(string?, string?, string?)>(
            "SELECT facility_id, pollutant, notes FROM inspections WHERE enterprise_id = @enterpriseId ORDER BY date", new { enterpriseId })];
    }
}
