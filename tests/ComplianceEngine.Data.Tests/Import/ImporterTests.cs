using ComplianceEngine.Data.Import;
using Dapper;

namespace ComplianceEngine.Data.Tests.Import;

public sealed class ImporterTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Enterprise(string id, string city = "九江市", string extra = "") => $$"""
        {"kind":"enterprise","id":"{{id}}","name":"某钢铁有限公司","industryCode":"3120","city":"{{city}}",
         "permit":{"number":"P-{{id}}","managementClass":"key","validFrom":"2021-06-01","validTo":"2026-05-31"},
         "facilities":[{"id":"GL-1","type":"boiler","fuel":"coal","capacityTph":75,"ultraLowStatus":"completed"}]{{extra}}}
        """.ReplaceLineEndings("");

    [Fact]
    public async Task ImportAsync_ChangesNothing_WhenSameFileImportedTwice()
    {
        var path = _files.Write("twice.json", $"[{Enterprise("I-1")},{Enterprise("I-2")}]");
        var importer = new Importer(db.DataSource);

        var first = await importer.ImportAsync(path);
        var stampBefore = await UpdatedAt("I-1");
        var second = await importer.ImportAsync(path);

        Assert.Equal((2, 0, 0, 0), (first.Inserted, first.Updated, first.Unchanged, first.Invalid));
        Assert.Equal((0, 0, 2, 0), (second.Inserted, second.Updated, second.Unchanged, second.Invalid));
        Assert.Equal(stampBefore, await UpdatedAt("I-1"));
    }

    [Fact]
    public async Task ImportAsync_UpdatesRecordAndColumns_WhenRecordChanged()
    {
        var importer = new Importer(db.DataSource);
        await importer.ImportAsync(_files.Write("v1.jsonl", Enterprise("U-1")));

        var summary = await importer.ImportAsync(_files.Write("v2.jsonl", Enterprise("U-1", city: "赣州市", extra: ",\"county\":\"南康区\"")));

        Assert.Equal((0, 1, 0), (summary.Inserted, summary.Updated, summary.Unchanged));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<(string City, string County, string RecordCity, string[] Sectors)>(
            "SELECT city, county, record->>'city', sectors FROM enterprises WHERE id = 'U-1'");
        Assert.Equal(("赣州市", "南康区", "赣州市"), (row.City, row.County, row.RecordCity));
        Assert.Equal(["steel"], row.Sectors);
    }

    [Fact]
    public async Task ImportAsync_ReportsBadRecordsAndKeepsGoodOnes_WhenJsonLinesHaveErrors()
    {
        var path = _files.Write("mixed.jsonl", string.Join('\n',
            Enterprise("B-1"),
            """{"kind":"enterprise","id":"B-2","name":"x","industryCode":"31","city":"九江市","permit":{"number":"n","managementClass":"key","validFrom":"2024-01-01","validTo":"2023-01-01"}}""",
            "{not json",
            "",
            """{"kind":"project","id":"P-1","name":"某项目","industryCode":"2614","city":"九江市","constructionType":"new","applicationDate":"2025-03-01","site":{"inEcologicalRedLine":false,"inPermanentBasicFarmland":false,"inCountyBuiltUpArea":false,"inChemicalPark":true}}""",
            Enterprise("B-1")));

        var summary = await new Importer(db.DataSource).ImportAsync(path);

        Assert.Equal((2L, 3L), (summary.Inserted, summary.Invalid));
        // Indexes count records (blank lines are none), as the one reader numbers them for every door.
        Assert.Contains(summary.Errors, e => e is { Index: 1, RecordId: "B-2", Path: "$.industryCode" } && e.Source == "mixed.jsonl");
        Assert.Contains(summary.Errors, e => e is { Index: 1, Path: "$.permit.validTo" });
        Assert.Contains(summary.Errors, e => e.Index == 2 && e.Reason.StartsWith("line 3, position", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e is { Index: 4, Path: "$.id", Reason: "duplicate id 'B-1' (also record 0)" });
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM enterprises WHERE id = 'B-1'"));
        Assert.Equal("2025-03-01", await connection.ExecuteScalarAsync<string>("SELECT application_date::text FROM projects WHERE id = 'P-1'"));
    }

    [Theory]
    [InlineData("赣州")]
    [InlineData("贛州市")]
    [InlineData("江西省赣州市")]
    [InlineData("赣州\u3000")]
    public async Task ImportAsync_StoresOfficialCityInColumns_WhenCityIsWrittenAnotherWay(string city)
    {
        var path = _files.Write("city.jsonl", Enterprise("C-1", city: city) + "\n" + Enterprise("C-2", city: "火星市"));

        var summary = await new Importer(db.DataSource).ImportAsync(path);

        Assert.Equal((1L, 1L), (summary.Inserted + summary.Updated + summary.Unchanged, summary.Invalid));
        Assert.Contains(summary.Errors, e => e is { RecordId: "C-2", Path: "$.city" } && e.Reason.Contains("赣州市", StringComparison.Ordinal));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<(string City, string RecordCity)>("SELECT city, record->>'city' FROM enterprises WHERE id = 'C-1'");
        // The column queries filter on holds the official name; the record is kept as it came.
        Assert.Equal(("赣州市", city), row);
    }

    [Fact]
    public async Task ImportAsync_KeepsUnknownFields_WhenRecordHasThem()
    {
        var path = _files.Write("extra.json", $"[{Enterprise("X-1", extra: ",\"bureauNote\":{\"k\":[1,2]}")}]");

        await new Importer(db.DataSource).ImportAsync(path);

        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal("[1, 2]", await connection.ExecuteScalarAsync<string>("SELECT record->'bureauNote'->>'k' FROM enterprises WHERE id = 'X-1'"));
    }

    [Fact]
    public async Task ImportAsync_ImportsContractExamples_WhenGivenTheSharedFiles()
    {
        var importer = new Importer(db.DataSource);
        foreach (var name in new[] { "enterprises.json", "projects.json", "inspections.csv", "readings.csv" })
        {
            var summary = await importer.ImportAsync(ContractExample(name));
            Assert.True(summary.Invalid == 0, $"{name}: {string.Join("; ", summary.Errors)}");
        }

        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM enterprises WHERE id LIKE 'E-%'") >= 3);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM inspections") >= 4);
    }

    [Fact]
    public async Task ImportAsync_KeepsRecordsBeforeTheBreak_WhenJsonArrayIsMalformed()
    {
        var path = _files.Write("broken.json", $"[{Enterprise("A-1")},{Enterprise("A-2")},{{\"kind\": ]");

        var summary = await new Importer(db.DataSource).ImportAsync(path);

        Assert.Equal((2L, 1L), (summary.Inserted, summary.Invalid));
        Assert.NotNull(summary.Stopped);
        Assert.Contains(summary.Errors, e => e.Index == 2 && e.Reason.EndsWith("the rest of the file is not read", StringComparison.Ordinal));
    }


    [Fact]
    public async Task ImportAsync_MergesEveryChunk_WhenFileSpansSeveralChunks()
    {
        var lines = Enumerable.Range(0, 25).Select(i => Enterprise($"K-{i:D2}")).Append(Enterprise("K-03"));
        var path = _files.Write("chunks.jsonl", string.Join('\n', lines));
        var importer = new Importer(db.DataSource) { RecordChunk = 10 };

        var first = await importer.ImportAsync(path);
        var again = await importer.ImportAsync(path);

        Assert.Equal((25L, 1L), (first.Inserted, first.Invalid));
        Assert.Equal((0L, 25L), (again.Inserted, again.Unchanged));
    }


    [Fact]
    public async Task ImportAsync_Throws_WhenFileKindCannotBeTold()
    {
        var path = _files.Write("what.csv", "a,b,c\n1,2,3\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => new Importer(db.DataSource).ImportAsync(path));

        Assert.Contains("what.csv", error.Message, StringComparison.Ordinal);
    }

    private async Task<DateTime> UpdatedAt(string id)
    {
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<DateTime>("SELECT updated_at FROM enterprises WHERE id = @id", new { id });
    }

    // A copy of the contract's examples/ (shared/contract): the repository must test from a clean clone.
    private static string ContractExample(string name) => Path.Combine(AppContext.BaseDirectory, "Examples", name);
}
