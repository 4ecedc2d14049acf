using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceEngine.Host.Pipeline;

/// <summary>
/// The last line behind the record reader's own checks: a value PostgreSQL refuses to store for its characters
/// (SQLSTATE 22021, a NUL; 22P05, untranslatable) is the client's input, answered 400 as problem details, not 500.
/// The reader reports such a value per record with its JSON path; this answer means one got past it.
/// </summary>
public sealed class UnstorableValueHandler(IProblemDetailsService problems, ILogger<UnstorableValueHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not DbException { SqlState: "22021" or "22P05" } refused)
        {
            return false;
        }

        logger.LogWarning("a request value could not be stored ({SqlState}): {Reason}", refused.SqlState, refused.Message);
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Unstorable value",
                Detail = "a value in the request holds a character that cannot be stored (a NUL, \\u0000, or one outside UTF-8); remove it and send again",
            },
        });
    }
}
