using System.Text.Json;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Screening;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceEngine.Host.Apis;

/// <summary><c>POST /api/v1/screenings</c>: one project record or an array of them, decided at once and recorded.</summary>
public static class ScreeningsApi
{
    public static IEndpointRouteBuilder MapScreeningsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/screenings", ScreenAsync)
            .RequireAuthorization(Policies.Screen)
            .WithPipelineProblems(takesBody: true)
            .Accepts<JsonElement>(JsonRequestBody.Json)
            .AddEndpointFilter<JsonRequestBody>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithTags("Screenings")
            .WithName("Screen")
            .WithSummary("Screen one project record or an array of them; each evaluation is stored in the audit trail");
        return routes;
    }

    private static async Task<Results<Ok<ScreeningResponse>, ValidationProblem, ProblemHttpResult>> ScreenAsync(HttpRequest request, string? asOf, RuleSetHolder catalog,
        ProjectScreening screening, TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        if (!AsOfDate.TryParse(asOf, clock, out var date))
        {
            return ApiProblems.Invalid("asOf", AsOfDate.Invalid(asOf));
        }

        var (document, problem) = await JsonBody.ReadAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            var root = document!.RootElement;
            if (root.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
            {
                return ApiProblems.Invalid("$", "expected a project record object or an array of them");
            }

            // One rule-set version for the whole request even if a reload swaps the catalog meanwhile.
            var ruleSet = catalog.Current;
            var response = await screening.ScreenAsync(ruleSet, root, date, ct);
            logs.CreateLogger("ComplianceEngine.Host.Screenings").LogInformation(
                "screened {Records} record(s) as of {AsOf} under {RuleSetVersion}", response.Results.Count, AsOfDate.Text(date), ruleSet.Version);
            return TypedResults.Ok(response);
        }
    }
}
