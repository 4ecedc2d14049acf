using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace ComplianceEngine.Host.Extensions;

/// <summary>API keys from <c>Auth:ApiKeys</c> as the one authentication scheme, and the role policies.</summary>
public static class ApiKeyAuthExtensions
{
    public static IServiceCollection AddApiKeyAuth(this IServiceCollection services)
    {
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section);
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<IAuthorizationHandler, OwnEnterpriseRequirement>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Screen, p => p.RequireRole(Roles.Officer, Roles.Admin))
            .AddPolicy(Policies.ReadEnterprise, p => p
                .RequireRole(Roles.Officer, Roles.Enforcement, Roles.Enterprise, Roles.Admin)
                .AddRequirements(new OwnEnterpriseRequirement()))
            .AddPolicy(Policies.ReadProjects, p => p.RequireRole(Roles.Officer, Roles.Enforcement, Roles.Admin))
            .AddPolicy(Policies.ReadEvaluations, p => p.RequireRole([.. Roles.All]))
            .AddPolicy(Policies.ReadRules, p => p.RequireRole([.. Roles.All]))
            .AddPolicy(Policies.ReadRiskList, p => p.RequireRole(Roles.Enforcement, Roles.Admin))
            .AddPolicy(Policies.ReadNotices, p => p.RequireRole([.. Roles.All]))
            .AddPolicy(Policies.Administer, p => p.RequireRole(Roles.Admin));
        return services;
    }
}
