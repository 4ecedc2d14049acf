using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Catalog;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Extensions;

/// <summary>
/// The rule catalog: <c>Rules:Directory</c> (default: the nearest <c>rules/</c> folder), held by <see cref="RuleSetHolder"/>;
/// evaluation limits from the <c>Evaluation</c> section (<see cref="EvaluationOptions"/>).
/// </summary>
public static class RuleCatalogExtensions
{
    public const string DirectoryKey = "Rules:Directory";

    public static IServiceCollection AddRuleCatalog(this IServiceCollection services)
    {
        services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.Section);
        services.AddSingleton(sp => new RuleSetHolder(
            RulesDirectory.Resolve(sp.GetRequiredService<IConfiguration>()[DirectoryKey]),
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<EvaluationOptions>>().Value.ReloadTimeoutSeconds)));
        services.AddExceptionHandler<EvaluationProblems>();
        return services;
    }

    /// <summary>Loads and validates the catalog before the host listens; an invalid catalog stops it with every problem.</summary>
    public static WebApplication LoadRuleCatalog(this WebApplication app)
    {
        var holder = app.Services.GetRequiredService<RuleSetHolder>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplianceEngine.Host.Catalog");
        try
        {
            var ruleSet = holder.Load(app.Lifetime.ApplicationStopping);
            logger.LogInformation("rule catalog {Directory} loaded: version {Version}, {Rules} rules", holder.Directory, ruleSet.Version, ruleSet.Rules.Count);
        }
        catch (CatalogInvalidException e)
        {
            logger.LogCritical("refusing to start: {Problem}", e.Message);
            throw;
        }

        return app;
    }

    /// <summary>
    /// Every request's rule evaluation stops at the request timeout, when the client leaves or when the service stops
    /// (<see cref="RequestEvaluationBudget"/>); put it before the exception handler, which answers the stop.
    /// </summary>
    public static WebApplication UseEvaluationBudgets(this WebApplication app)
    {
        app.UseMiddleware<RequestEvaluationBudget>();
        return app;
    }
}
