using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Health;
using ComplianceEngine.Host.OpenApi;
using ComplianceEngine.Host.Pipeline;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Extensions;

/// <summary>
/// The HTTP surface shared by every area: one JSON style, problem details (413, 400, 415, 503 mapped in one place
/// each), request limits, OpenAPI with schemas and the API-key scheme, health checks, authentication.
/// </summary>
public static class ComplianceApiExtensions
{
    public static IServiceCollection AddComplianceApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        // Kestrel enforces the body limit itself; RequestBodyLimit covers servers that do not (tests' in-memory server).
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ApiOptions>>((kestrel, api) =>
            kestrel.Limits.MaxRequestBodySize = api.Value.MaxRequestBodyBytes);
        services.ConfigureHttpJsonOptions(o => ApiJson.Apply(o.SerializerOptions));
        // A parameter that cannot be bound throws (answered 400 by RefusedRequestHandler) instead of a bare 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<RefusedRequestHandler>();
        services.AddExceptionHandler<DatabaseUnavailableHandler>();
        services.AddExceptionHandler<UnstorableValueHandler>();
        services.AddSingleton<RegisterStore>();
        services.AddSingleton<EvaluationStore>();
        services.AddSingleton<Importer>();
        services.AddOpenApi(o =>
        {
            o.CreateSchemaReferenceId = ApiSchemas.ReferenceId;
            o.AddDocumentTransformer<ApiKeySecurity>();
            o.AddOperationTransformer<ApiKeySecurity>();
            o.AddDocumentTransformer<RecordSchema>();
            o.AddSchemaTransformer<ApiSchemas>();
            o.AddOperationTransformer<ApiSchemas>();
        });
        services.AddOutputCache();
        return services;
    }

    public static WebApplication UseComplianceApi(this WebApplication app)
    {
        // Built now so a misconfigured key stops start-up instead of failing the first request.
        var keys = app.Services.GetRequiredService<ApiKeyStore>();
        app.Logger.LogInformation("{Keys} API key(s) configured", keys.Count);
        // Unhandled errors and bare status codes (401, 403, 404) answer as RFC 7807 problem details too; a person's page
        // request gets a short page instead (Pipeline/BareStatusCodes).
        app.UseExceptionHandler();
        app.UseStatusCodePages(BareStatusCodes.WriteAsync);
        app.UseMiddleware<RequestBodyLimit>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ParameterValidation>();
        // The document is built anew for every request (about a second of CPU here) and never changes while the
        // process runs: kept once built (docs/benchmarks.md, page speed).
        app.UseOutputCache();
        app.MapOpenApi().CacheOutput();
        // Liveness says only that the process serves; readiness adds the database, which every request needs.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(DatabaseHealthCheck.ReadyTag) });
        return app;
    }
}
