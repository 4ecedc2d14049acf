using System.Data.Common;
using System.Globalization;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Pipeline;

/// <summary>
/// Every endpoint needs the database; when it cannot be reached (connection refused or reset, a timeout, the server
/// shutting down or not yet accepting connections) the answer is 503 with <c>Retry-After</c>, in one place rather
/// than per endpoint. Other database errors are bugs and stay 500.
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, IOptions<ApiOptions> options,
    ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!IsUnavailable(exception))
        {
            return false;
        }

        var retryAfter = options.Value.RetryAfterSeconds;
        logger.LogWarning("database unavailable, answering 503: {Reason}", exception.Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Database unavailable",
                Detail = $"the database cannot be reached; nothing was changed by this request. Retry after {retryAfter} seconds",
            },
        });
    }

    /// <summary>
    /// A network failure or a transient database error anywhere in the chain. SQLSTATE class 08 is a connection
    /// exception and 57P0x the server shutting down or starting (PostgreSQL appendix A).
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException
                || (e is DbException db && (db.IsTransient || db.SqlState is { } state && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal)))))
            {
                return true;
            }
        }

        return false;
    }
}
