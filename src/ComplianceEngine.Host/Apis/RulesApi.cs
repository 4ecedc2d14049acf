using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;

namespace ComplianceEngine.Host.Apis;

/// <summary><c>GET /api/v1/rules</c> (the catalog served, with citations) and <c>POST /api/v1/rules/reload</c> (admins).</summary>
public static class RulesApi
{
    public static IEndpointRouteBuilder MapRulesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/rules", List)
            .RequireAuthorization(Policies.ReadRules)
            .WithName("ListRules")
            .WithSummary("The rule catalog being served: version, and each rule with its citation");
        routes.MapPost("/api/v1/rules/reload", Reload)
            .RequireAuthorization(Policies.Administer)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("ReloadRules")
            .WithSummary("Load and validate the catalog on disk, then serve it; an invalid one is refused and the old one kept");
        return routes;
    }

    private static IResult List(RuleSetHolder catalog)
    {
        var ruleSet = catalog.Current;
        return Results.Json(new
        {
            version = ruleSet.Version,
            rules = ruleSet.Rules.Select(r => r.Definition).Select(d => new
            {
                d.Id,
                d.Family,
                d.Kind,
                d.Severity,
                d.InForceFrom,
                d.InForceTo,
                d.Message,
                d.Citation,
            }),
        }, ResultJson.Compact);
    }

    private static IResult Reload(RuleSetHolder catalog, ILoggerFactory logs)
    {
        var result = catalog.Reload();
        var logger = logs.CreateLogger("ComplianceEngine.Host.Catalog");
        if (result.Refused)
        {
            logger.LogWarning("catalog reload refused, still serving {Version}: {Problems}", result.Version, string.Join("; ", result.Problems));
            return Results.Problem(
                title: "Invalid rule catalog",
                detail: $"the catalog in {catalog.Directory} is invalid; still serving version {result.Version}",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["version"] = result.Version, ["problems"] = result.Problems });
        }

        logger.LogInformation("catalog reloaded: {Previous} -> {Version}", result.PreviousVersion, result.Version);
        return Results.Ok(new { result.PreviousVersion, result.Version, changed = result.PreviousVersion != result.Version });
    }
}
