using ComplianceEngine.Data.Paging;
using ComplianceEngine.Host.Apis.Models;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceEngine.Host.Apis;

/// <summary><c>GET /api/v1/rules</c> (the catalog served, with citations) and <c>POST /api/v1/rules/reload</c> (admins).</summary>
public static class RulesApi
{
    public static IEndpointRouteBuilder MapRulesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/rules", List)
            .RequireAuthorization(Policies.ReadRules)
            .WithPipelineProblems()
            .WithTags("Rules")
            .WithName("ListRules")
            .WithSummary("The rule catalog being served: version, and each rule with its citation, a page at a time (page from 1, pageSize 1 to 500, default 500)");
        routes.MapPost("/api/v1/rules/reload", Reload)
            .RequireAuthorization(Policies.Administer)
            .WithPipelineProblems()
            .WithTags("Rules")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithName("ReloadRules")
            .WithSummary("Load and validate the catalog on disk, then serve it; an invalid one is refused and the old one kept");
        return routes;
    }

    private static Results<Ok<RulesPage>, ValidationProblem> List(string? page, string? pageSize, RuleSetHolder catalog)
    {
        var errors = new Dictionary<string, string[]>();
        // The whole catalog fits one page by default: callers that list the rules expect all of them.
        var paging = QueryParameters.Paging(page, pageSize, errors, PageRequest.MaxPageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var ruleSet = catalog.Current;
        var rules = paging.Slice(ruleSet.Rules).Select(r => r.Definition).Select(d => new RuleView(d.Id, d.Family, d.Kind, d.Severity, d.InForceFrom, d.InForceTo, d.Message, d.Citation));
        return TypedResults.Ok(new RulesPage(ruleSet.Version, [.. rules], paging.Page, paging.PageSize, ruleSet.Rules.Count));
    }

    private static async Task<Results<Ok<RulesReloaded>, ProblemHttpResult>> Reload(RuleSetHolder catalog, IHostApplicationLifetime lifetime, ILoggerFactory logs)
    {
        // Not the request's token: a reload an administrator started finishes even if their client goes away.
        var result = await catalog.ReloadAsync(lifetime.ApplicationStopping);
        var logger = logs.CreateLogger("ComplianceEngine.Host.Catalog");
        if (result.Refused)
        {
            logger.LogWarning("catalog reload {Outcome}, still serving {Version}: {Problems}", result.Outcome, result.Version, string.Join("; ", result.Problems));
            var (status, title, detail) = result.Outcome switch
            {
                ReloadOutcome.Busy => (StatusCodes.Status409Conflict, "Reload already running",
                    $"another reload of {catalog.Directory} is running; still serving version {result.Version}"),
                ReloadOutcome.Unfinished => (StatusCodes.Status503ServiceUnavailable, "Reload not finished",
                    $"{result.Problems[0]}; still serving version {result.Version}"),
                _ => (StatusCodes.Status422UnprocessableEntity, "Invalid rule catalog",
                    $"the catalog in {catalog.Directory} is invalid; still serving version {result.Version}"),
            };
            return TypedResults.Problem(title: title, detail: detail, statusCode: status,
                extensions: new Dictionary<string, object?> { ["ruleSetVersion"] = result.Version, ["problems"] = result.Problems });
        }

        logger.LogInformation("catalog reloaded: {Previous} -> {Version}", result.PreviousVersion, result.Version);
        return TypedResults.Ok(new RulesReloaded(result.PreviousVersion, result.Version, result.PreviousVersion != result.Version));
    }
}
