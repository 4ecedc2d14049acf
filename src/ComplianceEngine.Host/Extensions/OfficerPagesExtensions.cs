using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Pages.Enterprise;
using ComplianceEngine.Host.Pages.Projects;

namespace ComplianceEngine.Host.Extensions;

/// <summary>The approval officer's project pages and the enterprise's own page (issue 15): what their page models use.</summary>
public static class OfficerPagesExtensions
{
    public static IServiceCollection AddOfficerAndEnterprisePages(this IServiceCollection services)
    {
        // The form follows the catalog's copy of the record schema, read once.
        services.AddSingleton(sp => ProjectForm.Load(Path.Combine(sp.GetRequiredService<RuleSetHolder>().Directory, "schema", "record.schema.json")));
        services.AddSingleton<ProjectInstruments>();
        services.AddSingleton<EnterpriseOverviews>();
        return services;
    }
}
