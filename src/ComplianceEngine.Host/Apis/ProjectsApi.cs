using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Host.Apis.Models;
using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceEngine.Host.Apis;

/// <summary><c>GET /api/v1/projects/{id}/history</c>: a project's stored screenings, beside the enterprise history.</summary>
public static class ProjectsApi
{
    private const string Kind = "project";

    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/projects/{id}/history", HistoryAsync)
            .RequireAuthorization(Policies.ReadProjects)
            .WithPipelineProblems()
            .WithTags("Projects")
            .WithName("GetProjectHistory")
            .WithSummary("The project's stored evaluations (screenings), oldest first, a page at a time (page from 1, pageSize 1 to 500, default 50)");
        return routes;
    }

    private static Task<Results<Ok<HistoryPage>, NotFoundProblem, ValidationProblem>> HistoryAsync(string id, string? page,
        string? pageSize, RegisterStore register, EvaluationStore evaluations, CancellationToken ct) =>
        RecordHistory.ReadAsync(Kind, id, page, pageSize, register, evaluations, ct);
}
