using ComplianceEngine.Host.Auth;

namespace ComplianceEngine.Host.Apis;

/// <summary><c>GET /api/v1/projects/{id}/history</c>: a project's stored screenings, beside the enterprise history.</summary>
public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapHistory("/api/v1/projects/{id}/history", "project")
            .RequireAuthorization(Policies.ReadProjects)
            .WithPipelineProblems()
            .WithTags("Projects")
            .WithName("GetProjectHistory");
        return routes;
    }
}
