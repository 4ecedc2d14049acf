using System.Net.Http.Headers;
using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace ComplianceEngine.Host.Tests;

/// <summary>
/// The real host over HTTP against a fresh database on the PostgreSQL that scripts/test.sh starts (dropped
/// afterwards) and a private copy of the repository's <c>rules/</c> (so a test may break it). Without
/// <c>ConnectionStrings__Compliance</c> the tests fail: they must not pass unseen.
/// </summary>
public class HostFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string OfficerKey = "officer-key-1";
    public const string EnforcementKey = "enforcement-key-1";
    public const string EnterpriseKey = "enterprise-key-1";
    public const string AdminKey = "admin-key-1";
    public const string OwnEnterpriseId = "E-0000001";

    public string DatabaseName { get; } = $"ce_host_{Guid.NewGuid():N}";

    public string ConnectionString { get; private set; } = "";

    public string RulesDirectory { get; } = Directory.CreateTempSubdirectory("ce-host-rules-").FullName;

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Compliance") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "ConnectionStrings__Compliance is not set: run the tests with scripts/test.sh, which starts PostgreSQL, " +
                "or point the variable at a server where the role may CREATE DATABASE.");

    public static string RepositoryFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplianceEngine.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Imports the bundled sample's 300 enterprises through the API, as an officer would.</summary>
    public async Task ImportSampleAsync()
    {
        using var officer = ClientWithKey(OfficerKey);
        var sample = await File.ReadAllTextAsync(RepositoryFile("data", "sample", "enterprises.json"));
        var response = await officer.PostAsync("/api/v1/records", new StringContent(sample, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The sample's first enterprise (E-0000001) as its own JSON text, for a test to change and import.</summary>
    public static string FirstSampleEnterprise()
    {
        var sample = File.ReadAllText(RepositoryFile("data", "sample", "enterprises.json"));
        return sample[sample.IndexOf('{', StringComparison.Ordinal)..(sample.IndexOf("\n  }", StringComparison.Ordinal) + 4)];
    }

    /// <summary>Settings a test adds to (or overrides in) the defaults below.</summary>
    public Dictionary<string, string?> ExtraSettings { get; } = [];

    public HttpClient ClientWithKey(string? key)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>Another host whose database this one uses (a second instance of the service); it creates and drops it.</summary>
    public HostFactory? SharesDatabaseOf { get; init; }

    public async Task InitializeAsync()
    {
        CopyDirectory(RepositoryFile("rules"), RulesDirectory);
        if (SharesDatabaseOf is { } owner)
        {
            ConnectionString = owner.ConnectionString;
            return;
        }

        await using (var server = new NpgsqlConnection(ServerConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", server);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = DatabaseName }.ConnectionString;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting reaches the configuration Program reads while building (Jobs:Enabled decides what is registered);
        // the in-memory source wins over the environment afterwards.
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(Settings()));
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Compliance"] = ConnectionString,
            ["Rules:Directory"] = RulesDirectory,
            ["Auth:ApiKeys:0:Key"] = OfficerKey,
            ["Auth:ApiKeys:0:Role"] = Roles.Officer,
            ["Auth:ApiKeys:1:Key"] = EnforcementKey,
            ["Auth:ApiKeys:1:Role"] = Roles.Enforcement,
            ["Auth:ApiKeys:2:Key"] = EnterpriseKey,
            ["Auth:ApiKeys:2:Role"] = Roles.Enterprise,
            ["Auth:ApiKeys:2:EnterpriseId"] = OwnEnterpriseId,
            ["Auth:ApiKeys:3:Key"] = AdminKey,
            ["Auth:ApiKeys:3:Role"] = Roles.Admin,
            // Hangfire only where a test is about jobs (JobsHostFactory): other hosts need no workers polling.
            ["Jobs:Enabled"] = "false",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task DisposeDatabaseAsync()
    {
        await DisposeAsync();
        Directory.Delete(RulesDirectory, recursive: true);
        if (SharesDatabaseOf is not null)
        {
            return;
        }

        await ScratchDatabases.DropAsync(ServerConnectionString, DatabaseName);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeDatabaseAsync();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
