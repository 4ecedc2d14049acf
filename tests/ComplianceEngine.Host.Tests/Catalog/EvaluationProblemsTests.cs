using System.Text.Json;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Rules.Compilation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplianceEngine.Host.Tests.Catalog;

public sealed class EvaluationProblemsTests
{
    [Fact]
    public async Task TryHandle_Answers504ProblemDetails_WhenEvaluationOutlivedItsBudget()
    {
        var (handler, _) = Handler();
        var context = Context();

        var handled = await handler.TryHandleAsync(context, new EvaluationBudgetExceededException("the evaluation ran longer than 30 s"), default);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status504GatewayTimeout, context.Response.StatusCode);
        using var problem = Body(context);
        Assert.Equal("Evaluation timed out", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("the rule evaluation was stopped: the evaluation ran longer than 30 s", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TryHandle_Answers503WithRetryAfter_WhenEvaluationWasCancelledBecauseTheServiceStops()
    {
        var (handler, lifetime) = Handler();
        lifetime.StopApplication();
        var context = Context();

        var handled = await handler.TryHandleAsync(context, new OperationCanceledException(lifetime.ApplicationStopping), default);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("30", context.Response.Headers.RetryAfter.ToString());
        using var problem = Body(context);
        Assert.Equal("Service stopping", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task TryHandle_LeavesTheExceptionToTheDefaultHandler_WhenItIsNotABudgetStop()
    {
        var (handler, _) = Handler();

        Assert.False(await handler.TryHandleAsync(Context(), new OperationCanceledException(), default));
        Assert.False(await handler.TryHandleAsync(Context(), new InvalidOperationException("x"), default));
    }

    private static (EvaluationProblems, ApplicationLifetime) Handler()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        return (new EvaluationProblems(services.GetRequiredService<IProblemDetailsService>(), lifetime, NullLogger<EvaluationProblems>.Instance), lifetime);
    }

    private static DefaultHttpContext Context()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Request.Method = "POST";
        context.Request.Path = "/api/v1/screenings";
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static JsonDocument Body(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return JsonDocument.Parse(context.Response.Body);
    }
}
