using ComplianceEngine.Host.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComplianceEngine.Host.Pages.Admin;

/// <summary>
/// The rule catalog served (version = content hash, rule count, folder) and its reload: the same
/// <see cref="RuleSetHolder.ReloadAsync"/> that <c>POST /api/v1/rules/reload</c> calls, so an invalid catalog on disk is
/// refused with its problems and the served version stays.
/// </summary>
public sealed class CatalogModel(RuleSetHolder catalog, IHostApplicationLifetime lifetime, ILogger<CatalogModel> logger) : PageModel
{
    public string Version { get; private set; } = "";

    public int RuleCount { get; private set; }

    public string Directory => catalog.Directory;

    /// <summary>The reload just done, when this page answers the reload button.</summary>
    public ReloadResult? Reload { get; private set; }

    public void OnGet() => Show();

    /// <summary>Why a reload kept the served version, as the page says it (Chinese; English in Catalog.en.resx).</summary>
    public static string Refusal(ReloadOutcome outcome) => outcome switch
    {
        ReloadOutcome.Busy => "另一次重新加载正在进行",
        ReloadOutcome.Unfinished => "校验未在时限内完成",
        _ => "磁盘上的规则目录无效",
    };

    public async Task<IActionResult> OnPostReloadAsync()
    {
        // As the API does: a reload an administrator started finishes even if the browser goes away.
        Reload = await catalog.ReloadAsync(lifetime.ApplicationStopping);
        logger.LogInformation("catalog reload from the admin page: {Outcome}, {Previous} -> {Version}", Reload.Outcome, Reload.PreviousVersion, Reload.Version);
        Show();
        return Page();
    }

    private void Show()
    {
        var current = catalog.Current;
        Version = current.Version;
        RuleCount = current.Rules.Count;
    }
}
