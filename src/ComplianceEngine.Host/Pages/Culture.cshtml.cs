using System.Globalization;
using ComplianceEngine.Host.Extensions;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComplianceEngine.Host.Pages;

/// <summary>
/// The language switch: <c>/Culture?culture=en&amp;returnUrl=/x</c> keeps the choice in the culture cookie for a year and
/// goes back to the page. An unsupported culture is refused (400), a foreign return address replaced by <c>/</c>.
/// </summary>
public sealed class CultureModel : PageModel
{
    public IActionResult OnGet(string? culture, string? returnUrl)
    {
        if (ComplianceWebExtensions.Cultures.FirstOrDefault(c => c.Name == culture) is not CultureInfo chosen)
        {
            return BadRequest();
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
