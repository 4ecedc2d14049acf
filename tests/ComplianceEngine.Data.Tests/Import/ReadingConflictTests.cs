using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Import;
using Dapper;

namespace ComplianceEngine.Data.Tests.Import;

/// <summary>Issue 11 item 4, with the inputs: conflicting readings, corrections, and CSV rows that are refused without losing the others.</summary>
public sealed class ReadingConflictTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private const string Header = "enterpriseId,facilityId,pollutant,hour,concentrationMgM3\n";
    private const string HeaderWithCorrection = "enterpriseId,facilityId,pollutant,hour,concentrationMgM3,correction\n";
    private static readonly DateTimeOffset Hour = DateTimeOffset.Parse("2025-06-10T01:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ImportAsync_ReportsConflictWithFileLineAndBothValues_WhenSecondFileSendsAnotherValue()
    {
        var importer = new Importer(db.DataSource);
        await importer.ImportAsync(_files.Write("first.csv", Header + "M-14,GL-1,NOx,2025-06-10T01:00:00+08:00,30.0\n"));

        var second = await importer.ImportAsync(_files.Write("second.csv", Header + "M-14,GL-1,NOx,2025-06-10T01:00:00+08:00,95.0\n"));

        Assert.Equal((0, 0, 0, 1), (second.Inserted, second.Updated, second.Unchanged, second.Invalid));
        var error = Assert.Single(second.Errors);
        Assert.Equal(("second.csv", 2, "M-14"), (error.Source, error.Index, error.RecordId));
        Assert.Equal("conflicting value for M-14/GL-1/NOx at 2025-06-10T01:00:00+08:00: 95.0 here, 30.0 already stored; "
            + "nothing was changed (send it with correction=true to replace the earlier value)", error.Reason);
        Assert.Equal([30.0], await Values("M-14"));
    }

    [Fact]
    public async Task ImportAsync_ReportsConflictCitingTheEarlierLine_WhenOneFileSendsTwoValues()
    {
        var path = _files.Write("both.csv", Header + """
            M-16,GL-1,NOx,2025-06-10T01:00:00+08:00,30.0
            M-16,GL-1,NOx,2025-06-10T02:00:00+08:00,31.0
            M-16,GL-1,NOx,2025-06-10T01:00:00+08:00,95.0
            """);

        var summary = await new Importer(db.DataSource).ImportAsync(path);

        Assert.Equal((2, 1), (summary.Inserted, summary.Invalid));
        var error = Assert.Single(summary.Errors);
        Assert.Equal(4, error.Index);
        Assert.Contains("95.0 here, 30.0 at line 2 of this file", error.Reason, StringComparison.Ordinal);
        Assert.Equal([30.0, 31.0], await Values("M-16"));
    }

    [Fact]
    public async Task ImportAsync_ReplacesAndKeepsTheEarlierValue_WhenSecondFileSendsACorrection()
    {
        var importer = new Importer(db.DataSource);
        await importer.ImportAsync(_files.Write("first.csv", Header + "M-17,GL-1,NOx,2025-06-10T01:00:00+08:00,30.0\n"));
        var evaluatedAt = await Now();

        var corrected = await importer.ImportAsync(_files.Write("fix.csv", HeaderWithCorrection + "M-17,GL-1,NOx,2025-06-10T01:00:00+08:00,95.0,true\n"));

        Assert.Equal((0, 1, 0, 0), (corrected.Inserted, corrected.Updated, corrected.Unchanged, corrected.Invalid));
        Assert.Equal([95.0], await Values("M-17"));
        var trail = new ReadingTrail(db.DataSource);
        var versions = await trail.VersionsAsync("M-17", "GL-1", "NOx", Hour);
        Assert.Equal([30.0, 95.0], versions.Select(v => v.ConcentrationMgM3));
        Assert.NotNull(versions[0].SupersededAt);
        Assert.Null(versions[1].SupersededAt);
        // What an evaluation made between the two imports used, and what one made now uses.
        Assert.Equal(30.0, await trail.ValueAtAsync("M-17", "GL-1", "NOx", Hour, evaluatedAt));
        Assert.Equal(95.0, await trail.ValueAtAsync("M-17", "GL-1", "NOx", Hour, await Now()));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal("fix.csv", await connection.ExecuteScalarAsync<string>(
            "SELECT v.source FROM monitoring_reading_revisions v JOIN monitoring_series s ON s.id = v.series_id WHERE s.enterprise_id = 'M-17'"));
    }

    [Fact]
    public async Task ImportAsync_StoresTheCorrectedValue_WhenCorrectionFollowsInTheSameFile()
    {
        var path = _files.Write("same.csv", HeaderWithCorrection + """
            M-18,GL-1,NOx,2025-06-10T01:00:00+08:00,30.0,
            M-18,GL-1,NOx,2025-06-10T01:00:00+08:00,95.0,true
            """);

        var summary = await new Importer(db.DataSource).ImportAsync(path);

        Assert.Equal((1, 0, 1, 0), (summary.Inserted, summary.Updated, summary.Unchanged, summary.Invalid));
        Assert.Equal([95.0], await Values("M-18"));
    }

    [Fact]
    public async Task ImportAsync_RefusesTheRowAndGoesOn_WhenARowHasAStrayQuote()
    {
        var path = _files.Write("quote.csv", Header + """
            M-15,GL-1,NOx,2025-06-10T00:00:00+08:00,40.0
            M-15,"GL-1,NOx,2025-06-10T01:00:00+08:00,42.0
            M-15,GL-1,NOx,2025-06-10T02:00:00+08:00,43.0
            M-15,GL-1,NOx,2025-06-10T03:00:00+08:00,44.0
            """);

        var summary = await new Importer(db.DataSource).ImportAsync(path);

        Assert.Equal((3, 1), (summary.Inserted, summary.Invalid));
        var error = Assert.Single(summary.Errors);
        Assert.Equal(("quote.csv", 3, "row"), (error.Source, error.Index, error.Path));
        Assert.Contains("reading goes on at the next line", error.Reason, StringComparison.Ordinal);
        Assert.Equal([40.0, 43.0, 44.0], await Values("M-15"));
    }

    [Theory]
    [InlineData("M-19", ",1,234.5", "row")]
    [InlineData("M-20", ",\"1,234.5\"", "concentrationMgM3")]
    [InlineData("M-21", ",42.0,extra", "row")]
    public async Task ImportAsync_RefusesTheRow_WhenNumberHasThousandsSeparatorOrRowHasAnExtraField(string id, string tail, string path)
    {
        var file = _files.Write("sep.csv", $"{Header}{id},GL-1,NOx,2025-06-10T01:00:00+08:00{tail}\n{id},GL-1,NOx,2025-06-10T02:00:00+08:00,43.0\n");

        var summary = await new Importer(db.DataSource).ImportAsync(file);

        Assert.Equal((1, 1), (summary.Inserted, summary.Invalid));
        Assert.Contains(summary.Errors, e => e.Index == 2 && e.Path == path);
        // Never stored as 1 mg/m³.
        Assert.Equal([43.0], await Values(id));
    }

    private async Task<List<double>> Values(string enterpriseId)
    {
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<double>(
            "SELECT r.concentration_mg_m3 FROM monitoring_readings r JOIN monitoring_series s ON s.id = r.series_id WHERE s.enterprise_id = @enterpriseId ORDER BY r.hour",
            new { enterpriseId })];
    }

    private async Task<DateTimeOffset> Now()
    {
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return new DateTimeOffset(DateTime.SpecifyKind(await connection.ExecuteScalarAsync<DateTime>("SELECT clock_timestamp()"), DateTimeKind.Utc));
    }
}
