using ComplianceEngine.Host.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComplianceEngine.Host.Pages.Admin;

/// <summary>People and their roles (admins; docs/web.md): create, set the role and enterprise, lock and unlock.</summary>
public sealed class PeopleModel(PersonAccounts accounts) : PageModel
{
    public IReadOnlyList<PersonRow> People { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The last change that went through (kept across the redirect).</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync() => People = await accounts.ListAsync(HttpContext.RequestAborted);

    public Task<IActionResult> OnPostCreateAsync(string userName, string displayName, string password, string role, string? enterpriseId) =>
        AfterAsync(accounts.CreateAsync(userName ?? "", displayName ?? "", password ?? "", role ?? "", enterpriseId), "已创建人员。");

    public Task<IActionResult> OnPostRoleAsync(string id, string role, string? enterpriseId) =>
        AfterAsync(accounts.SetRoleAsync(id, role ?? "", enterpriseId), "已更新角色。");

    public Task<IActionResult> OnPostLockAsync(string id) =>
        AfterAsync(accounts.SetLockedAsync(id, locked: true, Actor.From(User).UserName), "已锁定账户。");

    public Task<IActionResult> OnPostUnlockAsync(string id) =>
        AfterAsync(accounts.SetLockedAsync(id, locked: false, Actor.From(User).UserName), "已解锁账户。");

    private async Task<IActionResult> AfterAsync(Task<IReadOnlyList<string>> change, string done)
    {
        Errors = await change;
        if (Errors.Count == 0)
        {
            Done = done;
            return RedirectToPage();
        }

        await OnGetAsync();
        return Page();
    }
}
