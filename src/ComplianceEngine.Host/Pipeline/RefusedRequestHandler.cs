using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceEngine.Host.Pipeline;

/// <summary>
/// Answers a request the server refused while reading it (<see cref="BadHttpRequestException"/>: a body over the
/// limit, 413; a parameter that cannot be bound, 400) with its own status and reason as problem details, not 500.
/// </summary>
public sealed class RefusedRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException refused)
        {
            return false;
        }

        httpContext.Response.StatusCode = refused.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = refused.StatusCode,
                Title = refused.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request",
                Detail = refused.Message,
            },
        });
    }
}
