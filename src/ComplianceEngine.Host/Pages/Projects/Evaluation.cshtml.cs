using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Documents;
using ComplianceEngine.Data.Outbox;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Notices;
using ComplianceEngine.Host.People;
using ComplianceEngine.Notices;
using ComplianceEngine.Notices.Rendering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Pages.Projects;

/// <summary>
/// A stored project screening as its decision: outcome as the instruments name it, each finding with its legal basis,
/// the quoted plan clause and what must be supplied, the rule-set version and as-of date; and the project's instrument,
/// drafted from this decision and issued by the signed-in officer, whose name the issued document records.
/// </summary>
[Authorize(Policy = Policies.ReadProjects)]
public sealed class EvaluationModel(EvaluationStore evaluations, NoticeRenderer renderer, ProjectInstruments instruments, IOptions<NoticeOptions> notices,
    TimeProvider clock) : PageModel
{
    public ProjectDecision Decision { get; private set; } = null!;

    public IReadOnlyList<StoredDocument> Documents { get; private set; } = [];

    public IReadOnlyList<OutboxNotice> Notices { get; private set; } = [];

    /// <summary>Per draft, the required elements still blank (建设单位, 项目代码, 联系电话…): filled here before issuing.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<string>> Blanks { get; private set; } = new Dictionary<long, IReadOnlyList<string>>();

    /// <summary>Why the last fill or issue was refused (a value not accepted, or elements still blank); null otherwise.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Whether this decision's instrument is drafted already (same kind and finding set), so it is not offered again.</summary>
    public bool Drafted { get; private set; }

    /// <summary>Whether the signed-in person may draft and issue (officers: the approval authority).</summary>
    public bool CanIssue => User.IsInRole(Roles.Officer);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDraftAsync(long id, CancellationToken ct)
    {
        if (!CanIssue)
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await instruments.DraftAsync(Decision, AsOfDate.Today(clock), notices.Value.Language, ct);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostIssueAsync(long id, long documentId, CancellationToken ct)
    {
        if (!CanIssue)
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var actor = Actor.From(User);
        IssueOutcome? issued;
        try
        {
            issued = await instruments.IssueAsync(Decision.Evaluation.RecordId, documentId, new Issuer(actor.DisplayName, actor.Role),
                clock.GetUtcNow().UtcDateTime, ct);
        }
        catch (ComplianceEngine.Notices.Documents.BlankElementsException e)
        {
            Refusal = $"尚有必备要素未填写（{e.ElementsZh}），不能签发；请先补填。";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        // Issued already (by this officer a moment ago or by another): the page shows by whom and when.
        return issued is null ? NotFound() : RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostFillAsync(long id, long documentId, Dictionary<string, string> elements, CancellationToken ct)
    {
        if (!CanIssue)
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var actor = Actor.From(User);
        var given = elements.Where(e => !string.IsNullOrWhiteSpace(e.Value)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        try
        {
            if (given.Count > 0 && await instruments.FillAsync(Decision.Evaluation.RecordId, documentId, given, new Issuer(actor.DisplayName, actor.Role),
                    clock.GetUtcNow().UtcDateTime, ct) is null)
            {
                return NotFound();
            }
        }
        catch (ArgumentException e)
        {
            Refusal = e.Message.Split(" (Parameter", 2)[0];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await evaluations.LoadAsync(id, ct) is not { } stored || ProjectDecision.From(stored, renderer.Settings) is not { } decision)
        {
            return false;
        }

        Decision = decision;
        (Documents, Notices) = await instruments.ForProjectAsync(decision.Evaluation.RecordId, ct);
        Blanks = Documents.ToDictionary(d => d.Id, instruments.Blanks);
        Drafted = ProjectInstruments.Request(decision, AsOfDate.Today(clock)) is { } request
            && Documents.Any(d => d.DocumentType == request.Type.Slug() && d.FindingSetHash == request.FindingSetHash);
        return true;
    }
}
