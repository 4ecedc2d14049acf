using ComplianceEngine.Core.Records;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Risk;
using ComplianceEngine.Risk.Ranking;
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
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithName("GetRiskList")
            .WithSummary("The register scored now by the risk model: the top enterprises of a city (or the province) with the top three reasons each");
        return routes;
    }

    private static async Task<IResult> GetAsync(string? city, int? top, string? asOf, RiskRegister risk, IOptions<RiskOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (city is not null && !ContractValues.Cities.Contains(city))
        {
            errors["city"] = [$"'{city}' is not one of {string.Join(", ", ContractValues.Cities)}"];
        }

        if (top is < 1 or > MaxTop)
        {
            errors["top"] = [$"expected 1 to {MaxTop}, got {top}"];
        }

        if (!AsOfDate.TryParse(asOf, clock, out var date))
        {
            errors["asOf"] = [AsOfDate.Invalid(asOf)];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        if (await risk.ScoreAsync(date, ct) is not { } scores)
        {
            return Results.Problem(title: "No risk model", statusCode: StatusCodes.Status503ServiceUnavailable,
                detail: "no risk model is configured: train one with 'risk train' and set Risk:ModelPath (docs/risk-model.md)");
        }

        var share = options.Value.ExploreShare;
        var entries = RiskListBuilder.Build(scores.Model, scores.Scored, city, top ?? DefaultTop, share);
        return Results.Ok(new
        {
            modelVersion = scores.Model.Version,
            ruleSetVersion = scores.RuleSetVersion,
            asOf = date,
            city,
            exploreShare = share,
            scored = scores.Scored.Count,
            entries,
        });
    }
}
