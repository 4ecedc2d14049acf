using System.Globalization;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Enforcement;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Charts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ComplianceEngine.Host.Pages.Inspections;

/// <summary>
/// Findings and inspection outcomes by city as of a date (<c>asOf</c>, default today): a chart drawn on the server
/// (<c>?handler=Svg</c>, image/svg+xml) and the same figures as a table.
/// </summary>
[Authorize(Roles = Roles.Enforcement)]
public sealed class CitiesModel(CityTallies tallies, TimeProvider clock, IStringLocalizer<CitiesModel> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "asOf")] public string? AsOfText { get; set; }

    public DateOnly AsOf { get; private set; }

    public IReadOnlyList<CityTally> Tallies { get; private set; } = [];

    /// <summary>Why <c>asOf</c> was refused; null when it was read.</summary>
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await ReadAsync(ct) is false)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public async Task<IActionResult> OnGetSvgAsync(CancellationToken ct)
    {
        if (await ReadAsync(ct) is false)
        {
            return BadRequest(Error!);
        }

        var chinese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";
        var labels = new FindingsByCityLabels(localizer["各市问题与检查结果"], localizer["企业数 / 检查次数"], localizer["不合规企业"],
            localizer["待整改企业"], localizer["近12个月检查"], localizer["发现违法"]);
        var names = Tallies.Select(t => chinese ? t.City : ContractLabels.CityInEnglish(t.City)).ToList();
        return Content(FindingsByCityChart.Svg(Tallies, names, labels), "image/svg+xml");
    }

    private async Task<bool> ReadAsync(CancellationToken ct)
    {
        if (!AsOfDate.TryParse(AsOfText, clock, out var asOf))
        {
            Error = AsOfDate.Invalid(AsOfText);
            return false;
        }

        AsOf = asOf;
        Tallies = await tallies.ReadAsync(asOf, ct);
        return true;
    }
}
