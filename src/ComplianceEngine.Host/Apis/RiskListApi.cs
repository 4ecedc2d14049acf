using ComplianceEngine.Data.Paging;
using ComplianceEngine.Host.Apis.Models;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Risk;
using ComplianceEngine.Risk.Ranking;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Apis;

/// <summary><c>GET /api/v1/risk-list?city=&amp;top=&amp;asOf=</c>: enterprises ranked for inspection, each with its reasons.</summary>
public static class RiskListApi
{
    public const int DefaultTop = 20;
    public const int MaxTop = 1000;

    public static IEndpointRouteBuilder MapRiskListApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/risk-list", GetAsync)
            .RequireAuthorization(Policies.ReadRiskList)
            .WithPipelineProblems()
            .WithTags("Risk")
            .WithName("GetRiskList")
            .WithSummary("The register scored now by the risk model: the top enterprises (top 1 to 1000, default 20) of a city (or the province) with the top three reasons each, a page at a time");
        return routes;
    }

    private static async Task<Results<Ok<RiskListPage>, ValidationProblem, ProblemHttpResult>> GetAsync(string? city, string? top, string? asOf,
        string? page, string? pageSize, RiskRegister risk, IOptions<RiskOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        city = QueryParameters.City(city, nameof(city), errors);

        var count = QueryParameters.Integer(top, nameof(top), 1, MaxTop, DefaultTop, errors);
        // The top entries fit one page by default unless more than the largest page was asked for.
        var paging = QueryParameters.Paging(page, pageSize, errors, PageRequest.MaxPageSize);
        if (!AsOfDate.TryParse(asOf, clock, out var date))
        {
            errors["asOf"] = [AsOfDate.Invalid(asOf)];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await risk.ScoreAsync(date, ct) is not { } scores)
        {
            return TypedResults.Problem(title: "No risk model", statusCode: StatusCodes.Status503ServiceUnavailable,
                detail: "no risk model is configured: train one with 'risk train' and set Risk:ModelPath (docs/risk-model.md)");
        }

        var share = options.Value.ExploreShare;
        var entries = RiskListBuilder.Build(scores.Model, scores.Scored, city, count, share);
        var shown = paging.Slice(entries).ToList();
        return TypedResults.Ok(new RiskListPage(scores.Model.Version, scores.RuleSetVersion, date, city, share, scores.Scored.Count,
            shown, paging.Page, paging.PageSize, entries.Count));
    }
}
