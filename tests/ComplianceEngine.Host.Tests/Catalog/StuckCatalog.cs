using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceEngine.Host.Tests.Catalog;

/// <summary>
/// A host whose catalog passes every load check but has one rule that is cubic in a project's facilities when the
/// project is named 卡死项目 (the guard keeps it cheap on the examples and the worst-case record): screening such a
/// project with a few thousand boilers would run for hours. Only the evaluation budget stops it.
/// </summary>
internal static class StuckCatalog
{
    public const string StuckName = "卡死项目";

    private const string Original = "\"Expression\": \"f.Fuel == \\\"coal\\\" || f.Fuel == \\\"oil\\\"\"";

    private const string Stuck = "\"Expression\": \"(f.Fuel == \\\"coal\\\" || f.Fuel == \\\"oil\\\") && (r.Name != \\\"卡死项目\\\" || !r.Facilities.Any(a => r.Facilities.Any(b => a.Id == \\\"none\\\")))\"";

    /// <summary>A started host on the stuck catalog with <paramref name="timeoutSeconds"/> per request, and its logs.</summary>
    public static async Task<(HostFactory Host, Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Running, CapturedLogs Logs)> StartAsync(double timeoutSeconds)
    {
        var host = new HostFactory { ExtraSettings = { ["Evaluation:RequestTimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        await ((IAsyncLifetime)host).InitializeAsync();
        var siting = Path.Combine(host.RulesDirectory, "catalog", "siting.json");
        var text = await File.ReadAllTextAsync(siting);
        Assert.Contains(Original, text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(siting, text.Replace(Original, Stuck, StringComparison.Ordinal));
        var logs = new CapturedLogs();
        var running = host.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(logs))));
        return (host, running, logs);
    }

    /// <summary>A project named <see cref="StuckName"/> with <paramref name="boilers"/> small coal boilers.</summary>
    public static StringContent Project(string id, int boilers = 3000)
    {
        var project = Projects.Json(id).Replace("测试食品加工厂项目", StuckName, StringComparison.Ordinal);
        var facilities = string.Join(",", Enumerable.Range(0, boilers).Select(i => $$"""{"id":"B{{i}}","type":"boiler","fuel":"coal","capacityTph":10}"""));
        project = project.TrimEnd()[..^1] + $",\"facilities\":[{facilities}]}}";
        return new StringContent(project, Encoding.UTF8, "application/json");
    }
}
