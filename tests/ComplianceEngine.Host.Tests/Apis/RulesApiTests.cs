using System.Net;
using System.Text.Json;

namespace ComplianceEngine.Host.Tests.Apis;

public sealed class RulesApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Rules_ListsEveryRuleWithItsCitation_WhenCatalogIsServed()
    {
        using var client = host.ClientWithKey(HostFactory.EnforcementKey);

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rules"));

        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("ruleSetVersion").GetString()));
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("citation").GetProperty("document").GetString())));
    }

    [Fact]
    public async Task Reload_RefusesAndKeepsServingTheOldVersion_WhenCatalogOnDiskIsBroken()
    {
        using var admin = host.ClientWithKey(HostFactory.AdminKey);
        using var before = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/rules"));
        var version = before.RootElement.GetProperty("ruleSetVersion").GetString();
        var catalogFile = Directory.EnumerateFiles(Path.Combine(host.RulesDirectory, "catalog"), "*.json").Order(StringComparer.Ordinal).First();
        var original = await File.ReadAllTextAsync(catalogFile);
        try
        {
            await File.WriteAllTextAsync(catalogFile, "{ this is not a catalog");

            var response = await admin.PostAsync("/api/v1/rules/reload", null);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var problems = problem.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
            Assert.Contains(problems, p => p.Contains(Path.GetFileName(catalogFile), StringComparison.Ordinal));
            using var after = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/rules"));
            Assert.Equal(version, after.RootElement.GetProperty("ruleSetVersion").GetString());
        }
        finally
        {
            await File.WriteAllTextAsync(catalogFile, original);
        }
    }
}
