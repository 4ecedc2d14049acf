using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceEngine.Host.Apis;

/// <summary>The problem-details answers endpoints return as typed results, so OpenAPI lists them with their schema.</summary>
public static class ApiProblems
{
    public static NotFoundProblem NotFound(string title, string detail) => new(title, detail);

    public static ValidationProblem Invalid(string parameter, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [reason] });
}
