using System.Security.Claims;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Host.Apis.Models;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Planning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceEngine.Host.Apis;

/// <summary>
/// <c>GET /api/v1/notices?enterpriseId=</c> (or <c>projectId=</c>, or <c>city=</c> for inspection lists): the notices
/// issued about one subject, newest first, with their delivery state. An enterprise caller reads only its own.
/// </summary>
public static class NoticesApi
{
    public static IEndpointRouteBuilder MapNoticesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/notices", GetAsync)
            .RequireAuthorization(Policies.ReadNotices)
            .WithPipelineProblems()
            .WithTags("Notices")
            .WithName("ListNotices")
            .WithSummary("Notices issued about an enterprise, a project or (inspection lists) a city, newest first, a page at a time (page from 1, pageSize 1 to 500, default 50)");
        return routes;
    }

    private static async Task<Results<Ok<NoticesPage>, ValidationProblem, NotFoundProblem, ProblemHttpResult>> GetAsync(string? enterpriseId, string? projectId,
        string? city, string? page, string? pageSize, ClaimsPrincipal user, NoticeOutbox outbox, RegisterStore register, CancellationToken ct)
    {
        var own = user.IsInRole(Roles.Enterprise) ? user.FindFirst(Roles.EnterpriseIdClaim)?.Value : null;
        if (own is not null)
        {
            // An enterprise key asks about its own enterprise, by default; anything else is refused, not emptied.
            if (projectId is not null || city is not null || (enterpriseId is not null && enterpriseId != own))
            {
                return TypedResults.Problem(title: "Forbidden", statusCode: StatusCodes.Status403Forbidden,
                    detail: $"an enterprise key reads only the notices of its own enterprise ('{own}')");
            }

            enterpriseId = own;
        }

        var given = new[] { (NoticeSubject.EnterpriseKind, enterpriseId), (NoticeSubject.ProjectKind, projectId), (NoticeSubject.CityKind, city) }
            .Where(s => s.Item2 is not null).ToArray();
        var errors = new Dictionary<string, string[]>();
        if (given.Length != 1)
        {
            errors["enterpriseId"] = ["give exactly one of enterpriseId, projectId or city"];
        }

        var paging = QueryParameters.Paging(page, pageSize, errors);
        var (kind, id) = given.Length == 1 ? given[0] : default;
        if (kind == NoticeSubject.CityKind)
        {
            id = QueryParameters.City(id, nameof(city), errors);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // An empty page would say "no notices" about a subject the bureau has never registered: say that instead.
        if (kind != NoticeSubject.CityKind && await register.RecordJsonAsync(kind, id!, ct) is null)
        {
            return RecordHistory.NotRegistered(kind, id!);
        }

        var notices = await outbox.ForSubjectAsync(kind, id!, paging, ct);
        return TypedResults.Ok(new NoticesPage(kind, id!, notices.Rows, paging.Page, paging.PageSize, notices.Total));
    }
}
