using System.Globalization;
using System.Security.Claims;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Host.Apis.Models;
using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceEngine.Host.Apis;

/// <summary><c>GET /api/v1/evaluations/{id}</c>: one stored evaluation by its audit-trail id (as screenings and histories give it).</summary>
public static class EvaluationsApi
{
    public static IEndpointRouteBuilder MapEvaluationsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/evaluations/{id}", GetAsync)
            .RequireAuthorization(Policies.ReadEvaluations)
            .WithPipelineProblems()
            .WithTags("Evaluations")
            .WithName("GetEvaluation")
            .WithSummary("A stored evaluation: record, as-of date, rule-set version, outcome, findings with citations; an enterprise key sees only its own");
        return routes;
    }

    private static async Task<Results<Ok<EvaluationView>, NotFoundProblem, ValidationProblem>> GetAsync(string id,
        ClaimsPrincipal user, EvaluationStore evaluations, CancellationToken ct)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return ApiProblems.Invalid(nameof(id), $"expected a positive whole number, got '{id}'");
        }

        var stored = await evaluations.LoadAsync(number, ct);
        // Another enterprise's evaluation is answered like a missing one, so ids do not reveal what exists.
        var enterpriseCaller = user.IsInRole(Roles.Enterprise);
        var own = enterpriseCaller ? user.FindFirst(Roles.EnterpriseIdClaim)?.Value : null;
        if (stored is null || (enterpriseCaller && !(stored.RecordKind == "enterprise" && stored.RecordId == own)))
        {
            return ApiProblems.NotFound("Evaluation not found", $"no evaluation {number} in the audit trail");
        }

        return TypedResults.Ok(EvaluationView.From(stored));
    }
}
