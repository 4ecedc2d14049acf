using ComplianceEngine.Host.Apis;

namespace ComplianceEngine.Host.Pipeline;

/// <summary>
/// Refuses an API request whose query string repeats a parameter, or whose query or route values hold control
/// characters (NUL included, which PostgreSQL cannot store), with a validation problem naming each parameter, before
/// the endpoint runs (<see cref="QueryParameters.Problems"/>). Runs after routing, so route values are known.
/// </summary>
public sealed class ParameterValidation(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            var errors = QueryParameters.Problems(context.Request.Query);
            foreach (var (name, value) in context.Request.RouteValues)
            {
                if (value is string text && QueryParameters.ControlCharacter(text) is { } reason)
                {
                    errors[name] = [reason];
                }
            }

            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors).ExecuteAsync(context);
            }
        }

        return next(context);
    }
}
