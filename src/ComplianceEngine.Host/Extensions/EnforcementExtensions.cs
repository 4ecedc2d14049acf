using ComplianceEngine.Host.Enforcement;

namespace ComplianceEngine.Host.Extensions;

/// <summary>The enforcement team's workspace (issue 15): the inspection list with grounds, and 责令改正 drafts and issue.</summary>
public static class EnforcementExtensions
{
    public static IServiceCollection AddEnforcementWorkspace(this IServiceCollection services)
    {
        services.AddSingleton<InspectionList>();
        services.AddSingleton<CorrectionDecisions>();
        return services;
    }
}
