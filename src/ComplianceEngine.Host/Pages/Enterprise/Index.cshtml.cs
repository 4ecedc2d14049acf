using ComplianceEngine.Data.Receipts;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComplianceEngine.Host.Pages.Enterprise;

/// <summary>
/// An enterprise's own page: its status, obligations on a timeline and the documents it received, where it
/// acknowledges receipt. An enterprise user sees only its own enterprise: another id in the URL answers 404, as if no
/// such page existed. The bureau (officers, enforcement, admins) opens any enterprise's page and sees the receipts.
/// </summary>
public sealed class IndexModel(EnterpriseOverviews overviews, TimeProvider clock) : PageModel
{
    /// <summary>The enterprise shown; null when someone from the bureau opens the page without an id (a lookup form then).</summary>
    public EnterpriseOverview? Overview { get; private set; }

    /// <summary>Whether the signed-in person acts for this enterprise (and may acknowledge receipt).</summary>
    public bool IsOwn { get; private set; }

    /// <summary>Why the last acknowledgement was refused (a notice not yet delivered), shown above the documents; null otherwise.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Today in China Standard Time: deadlines are counted from it.</summary>
    public DateOnly Today => AsOfDate.Today(clock);

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct) =>
        await LoadAsync(id, ct) switch
        {
            null when id is null && !User.IsInRole(Roles.Enterprise) => Page(),
            null => NotFound(),
            _ => Page(),
        };

    public async Task<IActionResult> OnPostAcknowledgeAsync(string? id, long noticeId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is null)
        {
            return NotFound();
        }

        // Receipt is the enterprise's own act; the bureau reads it but cannot sign for it.
        if (!IsOwn)
        {
            return Forbid();
        }

        var actor = Actor.From(User);
        var outcome = await overviews.AcknowledgeAsync(Overview!.Id, noticeId, actor.DisplayName, clock.GetUtcNow().UtcDateTime, ct);
        switch (outcome.Refusal)
        {
            case ReceiptRefusal.NoSuchNotice:
                return NotFound();
            case ReceiptRefusal.NotDelivered:
                // Nothing has been served yet, so there is nothing to sign for: refused by name, the page shown again.
                Refusal = "该文书尚未送达，送达后方可确认签收。";
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return RedirectToPage(new { id });
        }
    }

    /// <summary>The overview this person may see at <paramref name="id"/>, or null (not registered, or another enterprise's).</summary>
    private async Task<EnterpriseOverview?> LoadAsync(string? id, CancellationToken ct)
    {
        var own = User.IsInRole(Roles.Enterprise) ? User.FindFirst(Roles.EnterpriseIdClaim)?.Value : null;
        if (User.IsInRole(Roles.Enterprise) && (own is null || (id is not null && id != own)))
        {
            return null;
        }

        var target = id ?? own;
        if (target is null || await overviews.LoadAsync(target, ct) is not { } overview)
        {
            return null;
        }

        (Overview, IsOwn) = (overview, own == overview.Id);
        return overview;
    }
}
