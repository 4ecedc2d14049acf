using ComplianceEngine.Host.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComplianceEngine.Host.Pages.Account;

public enum SignInOutcome
{
    NotTried,
    Failed,
    LockedOut,
}

/// <summary>
/// Sign-in with user name and password: Identity checks the password and counts failures (lockout after
/// <c>Lockout.MaxFailedAccessAttempts</c>); success goes back to the page asked for, or the start page.
/// </summary>
public sealed class SignInModel(SignInManager<Person> signIn) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public SignInOutcome Outcome { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Outcome = result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
        return Page();
    }
}
