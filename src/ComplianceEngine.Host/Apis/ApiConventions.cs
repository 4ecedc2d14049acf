using Microsoft.AspNetCore.Mvc;

namespace ComplianceEngine.Host.Apis;

/// <summary>
/// The problem answers the pipeline may give any API endpoint before or around it, declared so the OpenAPI document
/// lists each with the ProblemDetails schema: 401/403 (key and role), 503 (database unavailable), and for endpoints
/// that take a body 413 (over the limit) and 415 (not UTF-8 JSON).
/// </summary>
public static class ApiConventions
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    public static TBuilder WithPipelineProblems<TBuilder>(this TBuilder builder, bool takesBody = false) where TBuilder : IEndpointConventionBuilder
    {
        int[] statuses = takesBody
            ? [StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status503ServiceUnavailable]
            : [StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status503ServiceUnavailable];
        foreach (var status in statuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ProblemJson));
        }

        return builder;
    }
}
