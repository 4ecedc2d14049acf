using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ComplianceEngine.Host.Extensions;

/// <summary>The HTTP surface shared by every area: problem details, OpenAPI, health checks, authentication.</summary>
public static class ComplianceApiExtensions
{
    public static IServiceCollection AddComplianceApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi();
        return services;
    }

    public static WebApplication UseComplianceApi(this WebApplication app)
    {
        // Built now so a misconfigured key stops start-up instead of failing the first request.
        var keys = app.Services.GetRequiredService<ApiKeyStore>();
        app.Logger.LogInformation("{Keys} API key(s) configured", keys.Count);
        // Unhandled errors and bare status codes (401, 403, 404) answer as RFC 7807 problem details too.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        // Liveness says only that the process serves; readiness adds the database, which every request needs.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(DatabaseHealthCheck.ReadyTag) });
        return app;
    }
}
