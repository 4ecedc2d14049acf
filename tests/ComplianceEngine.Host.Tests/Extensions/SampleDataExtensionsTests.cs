using System.Net;
using System.Text;
using Npgsql;

namespace ComplianceEngine.Host.Tests.Extensions;

public sealed class SampleDataExtensionsTests
{
    [Fact]
    public async Task LoadSampleData_ImportsTheFilesOnce_AndLeavesARegisterWithRecordsAlone()
    {
        var host = new HostFactory
        {
            ExtraSettings =
            {
                ["Sample:Files:0"] = HostFactory.RepositoryFile("data", "sample", "enterprises.json"),
                ["Sample:Files:1"] = HostFactory.RepositoryFile("data", "sample", "projects.json"),
            },
        };
        await ((IAsyncLifetime)host).InitializeAsync();
        try
        {
            using var officer = host.ClientWithKey(HostFactory.OfficerKey);
            Assert.Equal((300L, 80L), (await CountAsync(host, "enterprises"), await CountAsync(host, "projects")));
            // An edit made through the API survives a restart: the sample is not imported over a register in use.
            var first = HostFactory.FirstSampleEnterprise();
            Assert.Contains("\"E-0000001\"", first, StringComparison.Ordinal);
            var renamed = System.Text.RegularExpressions.Regex.Replace(first, "\"name\": \"[^\"]+\"", "\"name\": \"改名测试有限公司\"");
            var import = await officer.PostAsync("/api/v1/records", new StringContent("[" + renamed + "]", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, import.StatusCode);
            Assert.Contains("\"updated\":1", await import.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            Assert.Equal("改名测试有限公司", await NameAsync(host, "E-0000001"));
            var again = new HostFactory { SharesDatabaseOf = host, ExtraSettings = { ["Sample:Files:0"] = HostFactory.RepositoryFile("data", "sample", "enterprises.json") } };
            await ((IAsyncLifetime)again).InitializeAsync();
            again.CreateClient().Dispose();

            Assert.Equal("改名测试有限公司", await NameAsync(host, "E-0000001"));
            await again.DisposeDatabaseAsync();
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    private static async Task<string> NameAsync(HostFactory host, string id)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT record->>'name' FROM enterprises WHERE id = $1", connection) { Parameters = { new() { Value = id } } };
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> CountAsync(HostFactory host, string table)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
