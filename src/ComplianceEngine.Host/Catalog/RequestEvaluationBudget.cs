using ComplianceEngine.Rules.Compilation;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Catalog;

/// <summary>
/// Gives every request an <see cref="EvaluationBudget"/>: rule evaluation stops at the request timeout, when the client
/// leaves, or when the service stops, instead of spinning on after nobody waits for it.
/// <see cref="EvaluationProblems"/> turns the stop into a 504 or 503 answer.
/// </summary>
public sealed class RequestEvaluationBudget(RequestDelegate next, IOptions<EvaluationOptions> options, IHostApplicationLifetime lifetime,
    ILogger<RequestEvaluationBudget> logger)
{
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds);

    public async Task InvokeAsync(HttpContext context)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        using (EvaluationBudget.Start(_timeout, stop.Token))
        {
            await next(context);
        }

        if (stop.IsCancellationRequested)
        {
            logger.LogInformation("request {Method} {Path} ended early: {Why}", context.Request.Method, context.Request.Path,
                lifetime.ApplicationStopping.IsCancellationRequested ? "the service is stopping" : "the client left");
        }
    }
}
