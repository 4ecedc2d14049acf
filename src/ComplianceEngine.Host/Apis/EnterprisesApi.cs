using System.Text.Json;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Host.Auth;
using Npgsql;

namespace ComplianceEngine.Host.Apis;

/// <summary><c>GET /api/v1/enterprises/{id}</c> (record and latest evaluation) and <c>…/{id}/history</c>.</summary>
public static class EnterprisesApi
{
    private const string RecordSql = "SELECT record::text FROM enterprises WHERE id = $1";

    public static IEndpointRouteBuilder MapEnterprisesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/enterprises").RequireAuthorization(Policies.ReadEnterprise);
        group.MapGet($"/{{{OwnEnterpriseRequirement.RouteKey}}}", GetAsync)
            .WithName("GetEnterprise")
            .WithSummary("The enterprise record as imported and its latest stored evaluation");
        group.MapGet($"/{{{OwnEnterpriseRequirement.RouteKey}}}/history", HistoryAsync)
            .WithName("GetEnterpriseHistory")
            .WithSummary("The enterprise's stored evaluations, oldest first");
        return routes;
    }

    private static async Task<IResult> GetAsync(string id, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(RecordSql);
        command.Parameters.AddWithValue(id);
        if (await command.ExecuteScalarAsync(ct) is not string recordJson)
        {
            return NotFound(id);
        }

        var store = new EvaluationStore(dataSource);
        var history = await store.HistoryAsync("enterprise", id, ct);
        var latest = history.Count == 0 ? null : await store.LoadAsync(history[^1].Id, ct);
        using var record = JsonDocument.Parse(recordJson);
        return Results.Ok(new
        {
            record = record.RootElement.Clone(),
            latestEvaluation = latest is null ? null : new
            {
                latest.Id,
                latest.AsOf,
                ruleSetVersion = latest.RuleSetHash,
                latest.Outcome,
                findings = JsonDocument.Parse(latest.FindingsJson).RootElement.Clone(),
                errors = JsonDocument.Parse(latest.ErrorsJson).RootElement.Clone(),
                evaluatedAt = history[^1].EvaluatedAt,
            },
        });
    }

    private static async Task<IResult> HistoryAsync(string id, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT 1 FROM enterprises WHERE id = $1");
        command.Parameters.AddWithValue(id);
        var history = await new EvaluationStore(dataSource).HistoryAsync("enterprise", id, ct);
        // History outlives the register row (a deleted enterprise keeps its audit trail); unknown means neither exists.
        return history.Count == 0 && await command.ExecuteScalarAsync(ct) is null
            ? NotFound(id)
            : Results.Ok(new { enterpriseId = id, evaluations = history });
    }

    private static IResult NotFound(string id) =>
        Results.Problem(title: "Enterprise not found", detail: $"no enterprise '{id}' in the register", statusCode: StatusCodes.Status404NotFound);
}
