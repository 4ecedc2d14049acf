using Npgsql;

namespace ComplianceEngine.Cli.Tests.Commands;

/// <summary><c>import</c> agrees with <c>screen</c> on invalid records (reported, exit 0) and uses the README's exit codes.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Variable = "ConnectionStrings__Compliance";
    private readonly string _folder = Directory.CreateTempSubdirectory("ce-cli-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Import_ExitsThree_WhenNoConnectionStringIsSet()
    {
        var (code, _, stderr) = CliRunner.Run(new Dictionary<string, string?> { [Variable] = null }, "import", "--input", CliRunner.DataPath("projects.json"));

        Assert.Equal(3, code);
        Assert.Contains("ConnectionStrings", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ExitsTwo_WhenAFileDoesNotExist()
    {
        var (code, _, stderr) = CliRunner.Run("import", "--input", Path.Combine(_folder, "nowhere.json"));

        Assert.Equal(2, code);
        Assert.Contains("nowhere.json", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_StoresTheValidAndExitsZero_WhenAFileHasAnInvalidRecord()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.False(string.IsNullOrEmpty(server), $"{Variable} is not set: run the tests with scripts/test.sh, which starts PostgreSQL");
        var database = $"ce_cli_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            var env = new Dictionary<string, string?> { [Variable] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString };
            Assert.Equal(0, CliRunner.Run(env, "db", "migrate").ExitCode);
            var (code, stdout, stderr) = CliRunner.Run(env, "import", "--input", CliRunner.DataPath("mixed.jsonl"));

            Assert.True(code == 0, stderr);
            Assert.Contains("inserted 2, updated 0, unchanged 0, invalid 1", stdout, StringComparison.Ordinal);
            Assert.Contains("invalid: mixed.jsonl[1]", stderr, StringComparison.Ordinal);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
