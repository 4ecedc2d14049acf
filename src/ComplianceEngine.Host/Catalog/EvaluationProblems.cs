using ComplianceEngine.Rules.Compilation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceEngine.Host.Catalog;

/// <summary>
/// Answers an evaluation stopped by its budget with problem details instead of a 500: 504 when it outlived the request
/// timeout (<see cref="EvaluationBudgetExceededException"/>), 503 when it was cancelled because the service is stopping.
/// A client that left gets nothing: ASP.NET Core's exception handler already ends those requests quietly.
/// </summary>
public sealed class EvaluationProblems(IProblemDetailsService problems, IHostApplicationLifetime lifetime, ILogger<EvaluationProblems> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title, detail) = exception switch
        {
            EvaluationBudgetExceededException e => (StatusCodes.Status504GatewayTimeout, "Evaluation timed out",
                $"the rule evaluation was stopped: {e.Message}"),
            OperationCanceledException when lifetime.ApplicationStopping.IsCancellationRequested => (StatusCodes.Status503ServiceUnavailable,
                "Service stopping", "the rule evaluation was stopped because the service is shutting down; retry on another instance or later"),
            _ => (0, "", ""),
        };
        if (status == 0)
        {
            return false;
        }

        logger.LogWarning("request {Method} {Path} answered {Status}: {Detail}", context.Request.Method, context.Request.Path, status, detail);
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "30";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
