using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Host.Apis.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceEngine.Host.Apis;

/// <summary>The history endpoints of enterprises and projects: one page of a record's stored evaluations, oldest first.</summary>
public static class RecordHistory
{
    /// <summary>Maps <c>GET <paramref name="pattern"/></c> (with an <c>{id}</c> segment) to the history of records of <paramref name="kind"/>.</summary>
    public static RouteHandlerBuilder MapHistory(this IEndpointRouteBuilder routes, string pattern, string kind) =>
        routes.MapGet(pattern, (string id, string? page, string? pageSize, RegisterStore register, EvaluationStore evaluations, CancellationToken ct) =>
                ReadAsync(kind, id, page, pageSize, register, evaluations, ct))
            .WithSummary($"The {kind}'s stored evaluations, oldest first, a page at a time (page from 1, pageSize 1 to 500, default 50)");

    private static async Task<Results<Ok<HistoryPage>, NotFoundProblem, ValidationProblem>> ReadAsync(string kind, string id,
        string? page, string? pageSize, RegisterStore register, EvaluationStore evaluations, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = QueryParameters.Paging(page, pageSize, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var history = await evaluations.HistoryAsync(kind, id, paging, ct);
        // History outlives the register row (a deleted record keeps its audit trail); unknown means neither exists.
        if (history.Total == 0 && await register.RecordJsonAsync(kind, id, ct) is null)
        {
            return NotRegistered(kind, id);
        }

        return TypedResults.Ok(new HistoryPage(kind, id, history.Rows, paging.Page, paging.PageSize, history.Total));
    }

    public static NotFoundProblem NotRegistered(string kind, string id) =>
        ApiProblems.NotFound($"{(kind == "project" ? "Project" : "Enterprise")} not found", $"no {kind} '{id}' in the register");
}
