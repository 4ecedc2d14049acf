using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Enforcement;
using ComplianceEngine.Data.Paging;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComplianceEngine.Host.Pages.Enterprises;

/// <summary>The register for the enforcement team: enterprises by part of their id, name or credit code (<c>q</c>) and <c>city</c>, paged.</summary>
[Authorize(Roles = Roles.Enforcement)]
public sealed class IndexModel(EnterpriseDirectory directory) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }
    [BindProperty(SupportsGet = true)] public string? City { get; set; }
    /// <summary>The <c>page</c> query parameter, read from the query: Razor Pages keeps the route value <c>page</c> for the page's own name.</summary>
    public string? PageText => Request.Query["page"].FirstOrDefault();

    public PagedRows<EnterpriseListing>? Found { get; private set; }

    public PageRequest Paging { get; private set; } = new(1, PageSize);

    /// <summary>Why the query was refused, by parameter; empty when it was read.</summary>
    public Dictionary<string, string[]> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        City = string.IsNullOrWhiteSpace(City) ? null : City.Trim();
        if (City is not null && !ContractValues.Cities.Contains(City))
        {
            Errors["city"] = [$"'{City}' is not one of {string.Join(", ", ContractValues.Cities)}"];
        }

        if (Text is { Length: > 100 })
        {
            Errors["q"] = [$"at most 100 characters, got {Text.Length}"];
        }

        Paging = QueryParameters.Paging(PageText, null, Errors, PageSize);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Found = await directory.SearchAsync(Text, City, Paging, ct);
    }

    /// <summary>This search's address with another page number.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Text, ["city"] = City, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
