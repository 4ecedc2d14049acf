using ComplianceEngine.Data.Audit;
using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComplianceEngine.Host.Pages.Projects;

/// <summary>A project's past screenings from the audit trail, oldest first, each opening its decision; or a search box without an id.</summary>
[Authorize(Policy = Policies.ReadProjects)]
public sealed class HistoryModel(EvaluationStore evaluations) : PageModel
{
    /// <summary>The project asked about (route or <c>?id=</c>), trimmed; null shows only the search box.</summary>
    public string? ProjectId { get; private set; }

    public IReadOnlyList<EvaluationEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct)
    {
        ProjectId = string.IsNullOrWhiteSpace(id) ? null : id.Trim();
        if (ProjectId is null)
        {
            return Page();
        }

        Entries = await evaluations.HistoryAsync("project", ProjectId, ct);
        if (Entries.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
