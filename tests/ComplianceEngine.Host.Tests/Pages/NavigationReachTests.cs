using System.Net;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Pages.Shared;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Pages;

/// <summary>Every page a role may open without an id is in that role's navigation; nothing in it is refused.</summary>
public sealed class NavigationReachTests(PageHostFactory host) : IClassFixture<PageHostFactory>
{
    public static TheoryData<string> AllRoles => [.. Roles.All];

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Navigation_LinksEveryPageTheRoleMayOpen_WhenTheRoleIsSignedIn(string role)
    {
        using var session = await host.SignInAsync(role);
        var links = Navigation.For(role).Select(l => l.Path).ToHashSet(StringComparer.Ordinal);

        var unlinked = new List<string>();
        foreach (var path in PagesWithoutAnId())
        {
            var response = await session.Client.GetAsync(path);
            if (response.StatusCode == HttpStatusCode.OK && !links.Contains(path))
            {
                unlinked.Add(path);
            }
        }

        Assert.Empty(unlinked);
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Navigation_OffersNoPageTheRoleIsRefused_WhenTheRoleIsSignedIn(string role)
    {
        using var session = await host.SignInAsync(role);

        foreach (var link in Navigation.For(role).Where(l => l.Path != "/hangfire"))
        {
            var response = await session.Client.GetAsync(link.Path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role}: {link.Path} answers {(int)response.StatusCode}");
        }
    }

    /// <summary>
    /// The pages a person opens by address alone: no required route value; the account pages, start page and language
    /// switch aside, and each folder's Index by its folder's address only.
    /// </summary>
    private IEnumerable<string> PagesWithoutAnId() => host.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
        .OfType<PageActionDescriptor>()
        .Select(p => "/" + (p.AttributeRouteInfo?.Template ?? "").Replace("{id?}", "", StringComparison.Ordinal).TrimEnd('/'))
        .Where(p => !p.Contains('{', StringComparison.Ordinal) && p != "/" && p != "/Index" && !p.EndsWith("/Index", StringComparison.Ordinal) && !p.StartsWith("/Account", StringComparison.Ordinal) && p != "/Culture")
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal);
}
