using System.Text.Json;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Host.Apis.Models;
using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceEngine.Host.Apis;

/// <summary><c>GET /api/v1/enterprises/{id}</c> (record and latest evaluation) and <c>…/{id}/history</c> (paged).</summary>
public static class EnterprisesApi
{
    private const string Kind = "enterprise";

    public static IEndpointRouteBuilder MapEnterprisesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/enterprises").RequireAuthorization(Policies.ReadEnterprise).WithPipelineProblems().WithTags("Enterprises");
        group.MapGet($"/{{{OwnEnterpriseRequirement.RouteKey}}}", GetAsync)
            .WithName("GetEnterprise")
            .WithSummary("The enterprise record as imported and its latest stored evaluation");
        group.MapHistory($"/{{{OwnEnterpriseRequirement.RouteKey}}}/history", Kind).WithName("GetEnterpriseHistory");
        return routes;
    }

    private static async Task<Results<Ok<EnterpriseView>, NotFoundProblem>> GetAsync(string id, RegisterStore register,
        EvaluationStore evaluations, CancellationToken ct)
    {
        if (await register.RecordJsonAsync(Kind, id, ct) is not { } recordJson)
        {
            return RecordHistory.NotRegistered(Kind, id);
        }

        var latest = await evaluations.LatestAsync(Kind, id, ct);
        using var record = JsonDocument.Parse(recordJson);
        return TypedResults.Ok(new EnterpriseView(record.RootElement.Clone(), latest is null ? null : EvaluationView.From(latest)));
    }
}
