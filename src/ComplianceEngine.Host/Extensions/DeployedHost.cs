namespace ComplianceEngine.Host.Extensions;

/// <summary>
/// How the host is built wherever it is started from (docs/deploy.md): its content root (<c>wwwroot</c>,
/// <c>appsettings*.json</c>) is the program's own folder, so a published host run by systemd or from a shell in any
/// folder serves the same pages with the same settings.
/// </summary>
public static class DeployedHost
{
    /// <summary>The key ASP.NET Core reads the content root from (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>).</summary>
    public const string ContentRootKey = "contentRoot";

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        // An explicit content root (the test factory passes one as an argument) wins; without one the working folder
        // would be used, which for a service is wherever it happened to be started.
        var explicitRoot = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[ContentRootKey];
        return WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = string.IsNullOrEmpty(explicitRoot) ? AppContext.BaseDirectory : null,
        });
    }
}
