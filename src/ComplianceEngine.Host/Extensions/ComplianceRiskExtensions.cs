using ComplianceEngine.Host.Risk;
using ComplianceEngine.Risk.Training;

namespace ComplianceEngine.Host.Extensions;

/// <summary>The risk model (<c>Risk:ModelPath</c>) and the register scoring behind the risk list.</summary>
public static class ComplianceRiskExtensions
{
    public static IServiceCollection AddComplianceRisk(this IServiceCollection services)
    {
        services.AddOptions<RiskOptions>().BindConfiguration(RiskOptions.Section);
        services.AddSingleton<RiskModelHolder>();
        services.AddSingleton<RiskRegister>();
        return services;
    }

    /// <summary>Loads the configured model before the host listens; one that cannot be loaded stops it.</summary>
    public static WebApplication LoadRiskModel(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplianceEngine.Host.Risk");
        try
        {
            var model = app.Services.GetRequiredService<RiskModelHolder>().Model;
            if (model is null)
            {
                logger.LogWarning("no risk model configured (Risk:ModelPath): the risk list answers 503 and inspection lists are ordered by findings");
            }
            else
            {
                logger.LogInformation("risk model {Version} loaded ({Trainer}, trained before {TrainedBefore})", model.Version, model.Metadata.Trainer, model.Metadata.TrainedBefore);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or ModelSchemaMismatchException or InvalidDataException or IOException or InvalidOperationException)
        {
            logger.LogCritical("refusing to start: risk model: {Problem}", e.Message);
            throw;
        }

        return app;
    }
}
