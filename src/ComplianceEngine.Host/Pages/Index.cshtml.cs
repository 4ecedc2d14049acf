using ComplianceEngine.Host.People;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComplianceEngine.Host.Pages;

/// <summary>The start page of the signed-in role: who is signed in and where that role works.</summary>
public sealed class IndexModel(TimeProvider clock) : PageModel
{
    public Actor Actor { get; private set; } = null!;

    /// <summary>Today in China Standard Time.</summary>
    public DateOnly Today { get; private set; }

    public void OnGet()
    {
        Actor = Actor.From(User);
        Today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
    }
}
