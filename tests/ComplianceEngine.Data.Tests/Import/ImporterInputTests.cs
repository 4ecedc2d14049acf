using System.Text;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Import;
using Dapper;

namespace ComplianceEngine.Data.Tests.Import;

/// <summary>Import at the reader's door: encodings refused or read whole, per-record limits that keep the rest of the batch.</summary>
public sealed class ImporterInputTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private const string GbkEnterprise = """
        {"kind":"enterprise","id":"M-1","name":"赣州虚构陶瓷公司","industryCode":"3071","city":"赣州市",
         "permit":{"number":"91360700MA00000001001P","managementClass":"key","validFrom":"2023-01-01","validTo":"2027-12-31","lastAnnualReportYear":2024},
         "facilities":[{"id":"YL-1","type":"ceramic-kiln","fuel":"gas","ultraLowStatus":"not-started","onlineMonitoring":true}]}
        """;

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ImportAsync_RefusesNamingFileAndByte_WhenGbkFileHasNoEncodingGiven()
    {
        var path = WriteGbk("gbk.json");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => new Importer(db.DataSource).ImportAsync(path));

        Assert.StartsWith("gbk.json: line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding", error.Message, StringComparison.Ordinal);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM enterprises WHERE id = 'M-1'"));
    }

    [Fact]
    public async Task ImportAsync_StoresChineseText_WhenGbkFileIsReadAsGb18030()
    {
        var path = WriteGbk("gbk-ok.json");

        var summary = await new Importer(db.DataSource) { Encoding = RecordEncoding.Find("gb18030") }.ImportAsync(path);

        Assert.True(summary.Invalid == 0, string.Join("; ", summary.Errors));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal("赣州市", await connection.ExecuteScalarAsync<string>("SELECT city FROM enterprises WHERE id = 'M-1'"));
        Assert.Equal("赣州虚构陶瓷公司", await connection.ExecuteScalarAsync<string>("SELECT record->>'name' FROM enterprises WHERE id = 'M-1'"));
    }

    [Fact]
    public async Task ImportAsync_StoresTheCleanRecord_WhenAnotherNameHoldsNul()
    {
        const string project = """{"kind":"project","id":"@ID","name":"@NAME","industryCode":"2614","city":"九江市","constructionType":"new","applicationDate":"2025-03-01","site":{"inEcologicalRedLine":false,"inPermanentBasicFarmland":false,"inCountyBuiltUpArea":false,"inChemicalPark":true}}""";
        var path = _files.Write("nul.jsonl", project.Replace("@ID", "N-1").Replace("@NAME", "某\\u0000项目") + "\n"
            + project.Replace("@ID", "N-2").Replace("@NAME", "某项目") + "\n");

        var summary = await new Importer(db.DataSource).ImportAsync(path);

        Assert.Equal((1L, 1L), (summary.Inserted, summary.Invalid));
        var error = Assert.Single(summary.Errors);
        Assert.Equal(("$.name", 0), (error.Path, error.Index));
        Assert.Contains("NUL", error.Reason, StringComparison.Ordinal);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM projects WHERE id = 'N-2'"));
    }

    [Fact]
    public async Task ImportAsync_ReportsNothing_WhenFileIsEmpty()
    {
        var summary = await new Importer(db.DataSource).ImportAsync(_files.Write("empty.json", ""));

        Assert.Equal((0L, 0L, 0L), (summary.Inserted, summary.Invalid, summary.Updated));
        Assert.Null(summary.Stopped);
    }

    private string WriteGbk(string name)
    {
        var path = Path.Combine(_files.Folder, name);
        File.WriteAllBytes(path, RecordEncoding.Find("gb18030")!.GetBytes(GbkEnterprise.ReplaceLineEndings("")));
        Assert.False(Encoding.UTF8.GetString(File.ReadAllBytes(path)).Contains("赣州", StringComparison.Ordinal));
        return path;
    }
}
