using ComplianceEngine.Data.Import;
using Dapper;

namespace ComplianceEngine.Data.Tests.Import;

public sealed class ReadingImportTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private const string Header = "enterpriseId,facilityId,pollutant,hour,concentrationMgM3\n";
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ImportAsync_CopiesReadingsIntoMonthlyPartitions_WhenHoursSpanMonths()
    {
        var path = _files.Write("r.csv", Header + """
            R-1,GL-1,NOx,2025-09-30T23:00:00+08:00,40.5
            R-1,GL-1,NOx,2025-10-01T00:00:00+08:00,41
            R-1,GL-1,SO2,2025-09-30T16:00:00Z,12
            R-1,GL-1,PM,2025-12-31T23:00:00+08:00,3.25
            """);

        var summary = await new Importer(db.DataSource).ImportAsync(path);

        Assert.Equal((4, 0, 0), (summary.Inserted, summary.Unchanged, summary.Invalid));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        // 2025-10-01T00:00+08:00 is 2025-09-30T16:00Z: it belongs to the China local month of October.
        var byPartition = (await connection.QueryAsync<(string Partition, string Pollutant)>("""
            SELECT r.tableoid::regclass::text, s.pollutant FROM monitoring_readings r JOIN monitoring_series s ON s.id = r.series_id
            WHERE s.enterprise_id = 'R-1' ORDER BY r.hour, s.pollutant
            """)).ToList();
        Assert.Equal(
            [("monitoring_readings_2025_09", "NOx"), ("monitoring_readings_2025_10", "NOx"), ("monitoring_readings_2025_10", "SO2"), ("monitoring_readings_2025_12", "PM")],
            byPartition);
        Assert.NotNull(await connection.ExecuteScalarAsync<string?>("SELECT to_regclass('monitoring_readings_2025_11')::text"));
        Assert.Equal(
            new DateTime(2025, 9, 30, 15, 0, 0, DateTimeKind.Utc),
            await connection.ExecuteScalarAsync<DateTime>("SELECT min(hour) FROM monitoring_readings r JOIN monitoring_series s ON s.id = r.series_id WHERE s.enterprise_id = 'R-1'"));
    }

    [Fact]
    public async Task ImportAsync_StoresAndNamesReadingsOfAnEnterpriseNotInTheRegister_AsAWarning()
    {
        var importer = new Importer(db.DataSource);
        await importer.ImportAsync(_files.Write("w.json", """
            [{"kind":"enterprise","id":"W-REG","name":"某钢铁有限公司","industryCode":"3120","city":"九江市",
              "permit":{"number":"P-W-REG","managementClass":"key","validFrom":"2021-06-01","validTo":"2026-05-31"},
              "facilities":[{"id":"GL-1","type":"boiler","fuel":"coal","capacityTph":75,"ultraLowStatus":"completed"}]}]
            """.ReplaceLineEndings("")));

        var summary = await importer.ImportAsync(_files.Write("w.csv", Header + """
            W-REG,GL-1,NOx,2025-10-01T00:00:00+08:00,40
            W-GHOST,GL-1,NOx,2025-10-01T00:00:00+08:00,41
            W-GHOST,GL-1,NOx,2025-10-01T01:00:00+08:00,42
            """));

        Assert.Equal((3, 0), (summary.Inserted, summary.Invalid));
        var warning = Assert.Single(summary.Warnings);
        Assert.Equal(("W-GHOST", "enterpriseId", "w.csv"), (warning.RecordId, warning.Path, warning.Source));
        Assert.Contains("not in the register", warning.Reason, StringComparison.Ordinal);
        Assert.Contains("2 in this batch", warning.Reason, StringComparison.Ordinal);
        Assert.EndsWith("warnings 1", summary.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_IgnoresStoredReadings_WhenSameHourImportedAgain()
    {
        var rows = Header + """
            D-1,GL-1,NOx,2025-10-01T00:00:00+08:00,40
            D-1,GL-1,NOx,2025-10-01T01:00:00+08:00,41
            """;
        var importer = new Importer(db.DataSource);
        await importer.ImportAsync(_files.Write("d1.csv", rows));

        // The same instant written in UTC, plus one new hour.
        var again = await importer.ImportAsync(_files.Write("d2.csv", Header + """
            D-1,GL-1,NOx,2025-09-30T16:00:00Z,40
            D-1,GL-1,NOx,2025-10-01T02:00:00+08:00,42
            """));

        Assert.Equal((1, 1), (again.Inserted, again.Unchanged));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(3, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM monitoring_readings r JOIN monitoring_series s ON s.id = r.series_id WHERE s.enterprise_id = 'D-1'"));
    }

    [Fact]
    public async Task ImportAsync_ReportsBadRowsByLineAndKeepsGoodOnes_WhenCsvHasErrors()
    {
        var path = _files.Write("bad.csv", Header + """
            B-1,GL-1,NOx,2025-10-01T00:00:00+08:00,40
            B-1,GL-1,CO2,2025-10-01T00:00:00+08:00,40
            B-1,GL-1,NOx,2025-10-01T01:00:00,40
            B-1,GL-1,NOx,2025-10-01T02:30:00+08:00,40
            B-1,GL-1,NOx,2025-10-01T03:00:00+08:00,-1
            B-1,,NOx,2025-10-01T04:00:00+08:00,abc
            B-1,GL-1,NOx,2025-10-01T05:00:00+08:00,45
            """);

        var summary = await new Importer(db.DataSource).ImportAsync(path);

        Assert.Equal((2, 5), (summary.Inserted, summary.Invalid));
        Assert.Contains(summary.Errors, e => e is { Index: 3, Path: "pollutant", Source: "bad.csv" });
        Assert.Contains(summary.Errors, e => e is { Index: 4, Path: "hour" } && e.Reason.Contains("offset", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e is { Index: 5, Path: "hour" } && e.Reason.Contains("on the hour", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e is { Index: 6, Path: "concentrationMgM3" });
        Assert.Contains(summary.Errors, e => e is { Index: 7, Path: "facilityId" });
        Assert.Contains(summary.Errors, e => e is { Index: 7, Path: "concentrationMgM3" });
    }

    [Fact]
    public async Task ImportAsync_UpsertsInspections_WhenCsvAndJsonGiven()
    {
        var importer = new Importer(db.DataSource);
        var csv = _files.Write("i.csv", """
            enterpriseId,date,violationFound
            N-1,2024-04-11,false
            N-1,2025-06-02,true
            N-1,2025-06-02,false
            N-2,2025-13-01,true
            """);

        var first = await importer.ImportAsync(csv);
        var again = await importer.ImportAsync(csv);
        var changed = await importer.ImportAsync(_files.Write("i.json", """[{"enterpriseId":"N-1","date":"2024-04-11","violationFound":true}]"""));

        Assert.Equal((2, 0, 0, 2), (first.Inserted, first.Updated, first.Unchanged, first.Invalid));
        Assert.Contains(first.Errors, e => e is { Index: 4 } && e.Reason.Contains("second inspection", StringComparison.Ordinal));
        Assert.Contains(first.Errors, e => e is { Index: 5, Path: "date" });
        Assert.Equal((0, 0, 2), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal((0, 1, 0), (changed.Inserted, changed.Updated, changed.Unchanged));
    }

    [Fact]
    public async Task ImportAsync_MergesEveryChunk_WhenFileSpansSeveralChunks()
    {
        var rows = Enumerable.Range(0, 10).Select(h => $"K-1,GL-1,NOx,2025-10-01T{h:D2}:00:00+08:00,{40 + h}").ToList();
        rows.Add("K-1,GL-1,NOx,2025-10-01T00:00:00+08:00,99");
        rows.Add("K-1,GL-1,NOx,2025-10-01T01:00:00+08:00,41");
        var path = _files.Write("chunks.csv", Header + string.Join('\n', rows) + "\n");

        var summary = await new Importer(db.DataSource) { ReadingChunk = 3 }.ImportAsync(path);

        // The repeated hour holds another value than the stored one (an earlier chunk): a conflict, reported by its line.
        Assert.Equal((10, 1, 1), (summary.Inserted, summary.Unchanged, summary.Invalid));
        Assert.Contains(summary.Errors, e => e is { Index: 12, Path: "concentrationMgM3" } && e.Reason.Contains("99.0 here, 40.0 already stored", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_ReadsCorrectionColumn_WhenCsvHasSixthColumn()
    {
        var path = _files.Write("corr.csv", """
            enterpriseId,facilityId,pollutant,hour,concentrationMgM3,correction
            C-1,GL-1,NOx,2025-10-01T00:00:00+08:00,40,
            C-1,GL-1,NOx,2025-10-01T01:00:00+08:00,41,false
            C-1,GL-1,NOx,2025-10-01T02:00:00+08:00,42,maybe
            """);

        var summary = await new Importer(db.DataSource).ImportAsync(path);

        Assert.Equal((2, 1), (summary.Inserted, summary.Invalid));
        Assert.Contains(summary.Errors, e => e is { Index: 4, Path: "correction", Reason: "'maybe' is not true or false" });
    }
}
