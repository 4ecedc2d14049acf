using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using ComplianceEngine.Host.Tests.Jobs;

namespace ComplianceEngine.Host.Tests.Extensions;

/// <summary>
/// The host as docs/deploy.md deploys it: <c>dotnet publish</c> to a folder outside the repository, started from yet
/// another folder with nothing but a connection string.
/// </summary>
[Collection(HangfireCollection.Name)]
public sealed partial class DeployedHostTests
{
    [Fact]
    public async Task CreateBuilder_StartsAPublishedHostFromAnyFolder_WhenOnlyAConnectionStringIsGiven()
    {
        var outside = Directory.CreateTempSubdirectory("ce-deployed-");
        await using var database = await FreshDatabase.CreateAsync(migrate: false);
        try
        {
            var publish = Path.Combine(outside.FullName, "publish");
            await PublishAsync(publish);
            var workingFolder = Directory.CreateDirectory(Path.Combine(outside.FullName, "elsewhere")).FullName;

            await using (var host = HostProcess.Start("published", new Dictionary<string, string> { ["ConnectionStrings:Compliance"] = database.ConnectionString },
                Path.Combine(publish, "ComplianceEngine.Host.dll"), workingFolder))
            {
                await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));

                // The catalog and templates are the copies carried in the publish folder, not the repository's.
                Assert.True(host.Wrote($"rule catalog {Path.Combine(publish, "rules")} loaded"), host.Output());
                Assert.True(host.Wrote($"notice templates {Path.Combine(publish, "rules", "notices")} loaded"), host.Output());
                Assert.True(host.Wrote($"Content root path: {publish}"), host.Output());
                // appsettings.json (the log format) and wwwroot come from the publish folder, the content root.
                Assert.Matches(IsoLogLine(), host.Output());
                using var browser = host.Client();
                using var css = await browser.GetAsync("/css/site.css");
                Assert.Equal(System.Net.HttpStatusCode.OK, css.StatusCode);
                var signIn = await browser.GetStringAsync("/Account/SignIn");
                Assert.Contains("登录", signIn, StringComparison.Ordinal);
            }

            // Migrations are embedded: the host applied every one of the repository's scripts at start.
            var migrations = Directory.GetFiles(HostFactory.RepositoryFile("migrations"), "*.sql").Length;
            Assert.Equal(migrations, await database.CountAsync("SELECT count(*) FROM schema_versions"));
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    /// <summary>A log line's head: an ISO 8601 UTC time, then the level (e.g. <c>2026-11-30T11:02:03.456+00:00 info:</c>).</summary>
    [GeneratedRegex(@"(?m)^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00 info: ")]
    private static partial Regex IsoLogLine();

    /// <summary>Publishes the host already built for this test run's configuration (no second build) to <paramref name="folder"/>.</summary>
    private static async Task PublishAsync(string folder)
    {
        var configuration = typeof(DeployedHostTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var start = new ProcessStartInfo(HostProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", HostFactory.RepositoryFile("src", "ComplianceEngine.Host"), "-c", configuration, "--no-build", "-o", folder, "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet publish exited with {process.ExitCode}\n{await output}\n{await errors}");
        Assert.True(File.Exists(Path.Combine(folder, "rules", "catalog", "limits.json")), $"no rules/ in the publish folder\n{await output}");
    }
}
