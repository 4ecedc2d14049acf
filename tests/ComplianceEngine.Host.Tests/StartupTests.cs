namespace ComplianceEngine.Host.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task Start_RefusesWithThePreciseProblem_WhenCatalogIsInvalid()
    {
        var host = new HostFactory();
        await ((IAsyncLifetime)host).InitializeAsync();
        try
        {
            var catalogFile = Directory.EnumerateFiles(Path.Combine(host.RulesDirectory, "catalog"), "*.json").Order(StringComparer.Ordinal).First();
            await File.WriteAllTextAsync(catalogFile, "[]");

            var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

            var message = error.ToString();
            Assert.Contains("rule catalog is invalid", message, StringComparison.Ordinal);
            Assert.Contains(Path.GetFileName(catalogFile), message, StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    [Fact]
    public async Task Start_RefusesNamingTheSetting_WhenEnterpriseKeyHasNoEnterpriseId()
    {
        var host = new HostFactory { ExtraSettings = { ["Auth:ApiKeys:4:Key"] = "k", ["Auth:ApiKeys:4:Role"] = "enterprise" } };
        await ((IAsyncLifetime)host).InitializeAsync();
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

            Assert.Contains("Auth:ApiKeys:4:EnterpriseId is required", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    [Fact]
    public async Task Start_RefusesNamingTheTemplateFile_WhenANoticeTemplateDoesNotParse()
    {
        var host = new HostFactory();
        await ((IAsyncLifetime)host).InitializeAsync();
        try
        {
            await File.WriteAllTextAsync(Path.Combine(host.RulesDirectory, "notices", "correction-decision.zh.sbn"), "{{ title = \"整改通知书\" \n{{ if }}");

            var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

            Assert.Contains("correction-decision.zh.sbn", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    [Fact]
    public async Task Start_RefusesNamingTheFile_WhenTheConfiguredRiskModelIsMissing()
    {
        var host = new HostFactory { ExtraSettings = { ["Risk:ModelPath"] = "/nonexistent/risk.zip" } };
        await ((IAsyncLifetime)host).InitializeAsync();
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

            Assert.Contains("/nonexistent/risk.json", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }
}
