using ComplianceEngine.Core.Places;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Enforcement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComplianceEngine.Host.Pages.Inspections;

/// <summary>
/// The inspection list (执法检查名单) of a city, county and sector: the risk list's places a page at a time, each with
/// its estimated probability, the model's reasons and the findings that ground it; the random share explained.
/// Query: <c>city</c>, <c>county</c>, <c>sector</c>, <c>top</c> (1 to 1000, default 20), <c>page</c>, <c>asOf</c>.
/// </summary>
[Authorize(Roles = Roles.Enforcement)]
public sealed class IndexModel(InspectionList list, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? City { get; set; }
    [BindProperty(SupportsGet = true)] public string? County { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true, Name = "top")] public string? TopText { get; set; }
    /// <summary>The <c>page</c> query parameter, read from the query: Razor Pages keeps the route value <c>page</c> for the page's own name.</summary>
    public string? PageText => Request.Query["page"].FirstOrDefault();
    [BindProperty(SupportsGet = true, Name = "asOf")] public string? AsOfText { get; set; }

    public int Top { get; private set; } = RiskListApi.DefaultTop;

    /// <summary>The list; null when the query was refused (<see cref="Errors"/>) or no risk model is configured.</summary>
    public InspectionListView? View { get; private set; }

    /// <summary>
    /// The counties the filter offers: the chosen city's county-level divisions (GB/T 2260), none before a city is
    /// chosen, so the list never mixes the province's counties.
    /// </summary>
    public IReadOnlyList<string> CountyChoices { get; private set; } = [];

    /// <summary>A county left over from another city (the city was changed without script): dropped, and said so.</summary>
    public string? DroppedCounty { get; private set; }

    /// <summary>Why the query was refused, by parameter; empty when it was read.</summary>
    public Dictionary<string, string[]> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        City = Blank(City);
        County = Blank(County);
        Sector = Blank(Sector);
        if (City is not null && !ContractValues.Cities.Contains(City))
        {
            Errors["city"] = [$"'{City}' is not one of {string.Join(", ", ContractValues.Cities)}"];
        }

        ChooseCounty();

        Top = QueryParameters.Integer(TopText, "top", 1, RiskListApi.MaxTop, RiskListApi.DefaultTop, Errors);
        var paging = QueryParameters.Paging(PageText, null, Errors, PageSize);
        if (!AsOfDate.TryParse(AsOfText, clock, out var asOf))
        {
            Errors["asOf"] = [AsOfDate.Invalid(AsOfText)];
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        View = await list.BuildAsync(new InspectionListQuery(City, County, Sector, Top, paging), asOf, ct);
    }

    private void ChooseCounty()
    {
        if (County is not null && City is null)
        {
            // A county names its city: the list is that city's county.
            City = JiangxiDivisions.Cities.FirstOrDefault(c => c.CountyNamed(County) is not null)?.Name;
        }

        var city = City is null ? null : JiangxiDivisions.CityNamed(City);
        if (County is not null && city is not null && city.CountyNamed(County) is null)
        {
            DroppedCounty = County;
            County = null;
        }

        CountyChoices = city is null ? [] : [.. city.Counties.Select(c => c.Name)];
    }

    /// <summary>This list's address with another page number.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["city"] = City, ["county"] = County, ["sector"] = Sector, ["top"] = TopText, ["asOf"] = AsOfText, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
