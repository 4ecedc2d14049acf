using System.Text.Json;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Screening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComplianceEngine.Host.Pages.Projects;

/// <summary>
/// A project's past screenings from the audit trail, oldest first, each opening its decision; or a search box without
/// an id. A registered project never screened shows itself as 尚未审查 with the action to screen it; only an id that is
/// neither registered nor screened answers 404.
/// </summary>
[Authorize(Policy = Policies.ReadProjects)]
public sealed class HistoryModel(EvaluationStore evaluations, RegisterStore register, ProjectScreening screening, RuleSetHolder catalog,
    IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    /// <summary>The project asked about (route or <c>?id=</c>), trimmed; null shows only the search box.</summary>
    public string? ProjectId { get; private set; }

    public IReadOnlyList<EvaluationEntry> Entries { get; private set; } = [];

    /// <summary>The registered record when the project is in the register (imported), else null.</summary>
    public ProjectRecord? Registered { get; private set; }

    /// <summary>Whether the signed-in person may screen a project (the officer), so the page offers the action.</summary>
    public bool MayScreen { get; private set; }

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
            Registered = await RegisteredAsync(ProjectId, ct);
            MayScreen = (await authorization.AuthorizeAsync(User, Policies.Screen)).Succeeded;
            if (Registered is null)
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
            }
        }

        return Page();
    }

    /// <summary>Screens the registered project as of today through the API's own path and opens its decision.</summary>
    public async Task<IActionResult> OnPostScreenAsync(string? id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Screen)).Succeeded)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(id) || await register.RecordJsonAsync("project", id.Trim(), ct) is not { } json)
        {
            return NotFound();
        }

        using var record = JsonDocument.Parse(json);
        var screened = await screening.ScreenEachAsync(catalog.Current, record.RootElement, AsOfDate.Today(clock), ct);
        return screened is [{ EvaluationId: { } evaluation }]
            ? RedirectToPage("/Projects/Evaluation", new { id = evaluation })
            : RedirectToPage("/Projects/History", new { id = id.Trim() });
    }

    private async Task<ProjectRecord?> RegisteredAsync(string id, CancellationToken ct) =>
        await register.RecordJsonAsync("project", id, ct) is { } json
            ? RecordReader.Read(json, "register").Records is [{ Record: ProjectRecord project }] ? project : null
            : null;
}
