using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Auth;

/// <summary>Authenticates <c>Authorization: Bearer &lt;key&gt;</c> against the configured API keys.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.Fail("expected Authorization: Bearer <api key>"));
        }

        if (keys.Find(header[BearerPrefix.Length..].Trim()) is not { } caller)
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown API key"));
        }

        List<Claim> claims = [new(ClaimTypes.Name, caller.Role), new(ClaimTypes.Role, caller.Role)];
        if (caller.EnterpriseId is { } enterpriseId)
        {
            claims.Add(new Claim(Roles.EnterpriseIdClaim, enterpriseId));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}
