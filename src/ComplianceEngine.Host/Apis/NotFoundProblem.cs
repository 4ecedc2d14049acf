using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceEngine.Host.Apis;

/// <summary>
/// 404 as problem details (<c>application/problem+json</c>), declared in the endpoint's metadata so the OpenAPI
/// document lists it with the ProblemDetails schema. The framework's <c>NotFound&lt;ProblemDetails&gt;</c> would
/// write it as plain <c>application/json</c>.
/// </summary>
public sealed class NotFoundProblem(string title, string detail) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    public ProblemDetails Value { get; } = new() { Title = title, Detail = detail, Status = StatusCodes.Status404NotFound };

    object? IValueHttpResult.Value => Value;

    public int? StatusCode => StatusCodes.Status404NotFound;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(Value).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), ["application/problem+json"]));
    }
}
