using Microsoft.Extensions.Logging.Console;

namespace ComplianceEngine.Host.Extensions;

/// <summary>
/// How the host is built wherever it is started from (docs/deploy.md): its content root (<c>wwwroot</c>,
/// <c>appsettings*.json</c>) is the program's own folder, so a published host run by systemd or from a shell in any
/// folder serves the same files; and console log lines carry ISO 8601 UTC times (2026-11-30T11:02:03.456+00:00).
/// </summary>
public static class DeployedHost
{
    /// <summary>The key ASP.NET Core reads the content root from (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>).</summary>
    public const string ContentRootKey = "contentRoot";

    public const string TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffzzz ";

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        // An explicit content root (the test factory passes one as an argument) wins; without one the working folder
        // would be used, which for a service is wherever it happened to be started.
        var explicitRoot = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[ContentRootKey];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = string.IsNullOrEmpty(explicitRoot) ? AppContext.BaseDirectory : null,
        });

        // The console formatter shows no time by default, and the invariant culture's is month-first; a configured
        // Logging:Console:FormatterOptions:TimestampFormat is left as set.
        if (builder.Configuration[$"Logging:Console:FormatterOptions:{nameof(SimpleConsoleFormatterOptions.TimestampFormat)}"] is null)
        {
            // Without a formatter name the console logger copies its own obsolete options over the formatter's.
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName ??= ConsoleFormatterNames.Simple);
            builder.Services.Configure<SimpleConsoleFormatterOptions>(o =>
            {
                o.TimestampFormat = TimestampFormat;
                o.UseUtcTimestamp = true;
            });
        }

        return builder;
    }
}
