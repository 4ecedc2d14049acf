using Microsoft.AspNetCore.Authorization;

namespace ComplianceEngine.Host.Auth;

/// <summary>An <c>enterprise</c> caller may only reach the enterprise named in its key; other roles are not limited.</summary>
public sealed class OwnEnterpriseRequirement : AuthorizationHandler<OwnEnterpriseRequirement>, IAuthorizationRequirement
{
    public const string RouteKey = "id";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnEnterpriseRequirement requirement)
    {
        if (!context.User.IsInRole(Roles.Enterprise))
        {
            context.Succeed(requirement);
        }
        else if (context.Resource is HttpContext http
                 && http.GetRouteValue(RouteKey) is string id
                 && context.User.FindFirst(Roles.EnterpriseIdClaim)?.Value is { } own
                 && string.Equals(id, own, StringComparison.Ordinal))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
