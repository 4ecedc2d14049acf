using ComplianceEngine.Data.Import;
using ComplianceEngine.Host.Apis.Models;
using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceEngine.Host.Apis;

/// <summary><c>POST /api/v1/records</c>: imports contract records with the command line's <see cref="Importer"/>.</summary>
public static class RecordsApi
{
    public static IEndpointRouteBuilder MapRecordsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/records", ImportAsync)
            .RequireAuthorization(Policies.Screen)
            .WithPipelineProblems(takesBody: true)
            .Accepts<System.Text.Json.JsonElement>(JsonRequestBody.Json, JsonRequestBody.JsonLines)
            .AddEndpointFilter<JsonRequestBody>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithTags("Records")
            .WithName("ImportRecords")
            .WithSummary("Import enterprise and project records (and inspections): upserted by id; invalid items reported, valid ones kept");
        return routes;
    }

    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportAsync(HttpRequest request, Importer importer, CancellationToken ct)
    {
        // The importer reads files (it streams multi-gigabyte ones); the body goes through a temporary file so the
        // API and the command line share every check and the same upsert.
        var file = Path.Combine(Path.GetTempPath(), $"ce-import-{Guid.NewGuid():N}.json");
        try
        {
            await using (var target = File.Create(file))
            {
                await request.Body.CopyToAsync(target, ct);
            }

            var summary = await importer.ImportAsync(file, ct);
            return TypedResults.Ok(new ImportReport(summary.Inserted, summary.Updated, summary.Unchanged, summary.Invalid,
                [.. summary.Errors.Select(e => new ImportProblem(e.Index, e.RecordId, e.Path, e.Reason))]));
        }
        catch (InvalidDataException e)
        {
            return TypedResults.Problem(title: "Unreadable records", detail: e.Message.Replace(file, "request body", StringComparison.Ordinal), statusCode: StatusCodes.Status400BadRequest);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
