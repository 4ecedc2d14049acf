using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Documents;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Apis.Models;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Enforcement;
using ComplianceEngine.Host.People;
using ComplianceEngine.Screening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComplianceEngine.Host.Pages.Enterprises;

/// <summary>
/// An enterprise for the enforcement team: its record, its latest evaluation's findings and its evaluations over time,
/// its inspections (with who recorded them) and its decisions. From here a 责令改正违法行为决定书 is drafted (screened
/// as of today) and a draft issued in the signed-in person's name (<see cref="CorrectionDecisions"/>).
/// </summary>
[Authorize(Roles = Roles.Enforcement)]
public sealed class DetailsModel(IRecordSource register, EvaluationStore evaluations, InspectionStore inspections, DocumentStore documents,
    CorrectionDecisions decisions, TimeProvider clock) : PageModel
{
    /// <summary>How many of the latest evaluations the page lists.</summary>
    public const int HistoryShown = 20;

    public EnterpriseRecord Enterprise { get; private set; } = null!;

    /// <summary>The latest stored evaluation with its findings; null before the enterprise was ever evaluated.</summary>
    public EvaluationView? Latest { get; private set; }

    /// <summary>The latest evaluations, newest first.</summary>
    public IReadOnlyList<EvaluationEntry> History { get; private set; } = [];

    public int HistoryTotal { get; private set; }

    public IReadOnlyList<InspectionRow> Inspections { get; private set; } = [];

    public IReadOnlyList<StoredDocument> Documents { get; private set; } = [];

    /// <summary>Per draft, the required elements still blank (法定代表人, 地址, 联系电话…): filled here before issuing.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<string>> Blanks { get; private set; } = new Dictionary<long, IReadOnlyList<string>>();

    /// <summary>Why the last fill was not accepted (an element or value the draft does not take); null otherwise.</summary>
    public string? FillError { get; private set; }

    /// <summary>What the last action came to (<c>drafted</c>, <c>already-drafted</c>, <c>nothing-to-correct</c>, <c>issued</c>, <c>already-issued</c>), or a recorded inspection's date.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    [BindProperty(SupportsGet = true)] public string? Recorded { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDraftAsync(string id, CancellationToken ct)
    {
        var outcome = await decisions.DraftAsync(id, AsOfDate.Today(clock), ct);
        return outcome switch
        {
            DraftOutcome.NotRegistered or DraftOutcome.Unreadable => NotFound(),
            DraftOutcome.Drafted => Back(id, "drafted"),
            DraftOutcome.AlreadyDrafted => Back(id, "already-drafted"),
            _ => Back(id, "nothing-to-correct"),
        };
    }

    public async Task<IActionResult> OnPostFillAsync(string id, long documentId, Dictionary<string, string> elements, CancellationToken ct)
    {
        FillOutcome? filled;
        try
        {
            // Only what was typed in: an empty box leaves its element blank rather than filling it with nothing.
            var given = elements.Where(e => !string.IsNullOrWhiteSpace(e.Value)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            filled = given.Count == 0 ? null : await decisions.FillAsync(id, documentId, given, Actor.From(User).DisplayName, clock.GetUtcNow().UtcDateTime, ct);
        }
        catch (ArgumentException e)
        {
            FillError = e.Message.Split(" (Parameter", 2)[0];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return filled switch
        {
            null => Back(id, "nothing-filled"),
            { Document: null } => NotFound(),
            { FilledNow: true } => Back(id, "filled"),
            _ => Back(id, "already-issued"),
        };
    }

    public async Task<IActionResult> OnPostIssueAsync(string id, long documentId, CancellationToken ct)
    {
        IssueOutcome? issued;
        try
        {
            issued = await decisions.IssueAsync(id, documentId, Actor.From(User).DisplayName, clock.GetUtcNow().UtcDateTime, ct);
        }
        catch (ComplianceEngine.Notices.Documents.BlankElementsException)
        {
            // Refused by name: the page lists the blank elements under the draft, with the boxes to fill them.
            return Back(id, "blank");
        }

        return issued switch
        {
            null or { Document: null } => NotFound(),
            { IssuedNow: true } => Back(id, "issued"),
            _ => Back(id, "already-issued"),
        };
    }

    private RedirectResult Back(string id, string done) => Redirect($"/Enterprises/{Uri.EscapeDataString(id)}?done={done}");

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        await foreach (var parsed in register.ReadAsync("enterprise", [id], ct))
        {
            Enterprise = (parsed.Record as EnterpriseRecord)!;
        }

        if (Enterprise is null)
        {
            return false;
        }

        Latest = await evaluations.LatestAsync("enterprise", id, ct) is { } latest ? EvaluationView.From(latest) : null;
        var history = await evaluations.HistoryAsync("enterprise", id, ct);
        HistoryTotal = history.Count;
        History = [.. history.Reverse().Take(HistoryShown)];
        Inspections = await inspections.ForEnterpriseAsync(id, ct);
        Documents = await documents.ForSubjectAsync("enterprise", id, ct);
        Blanks = Documents.ToDictionary(d => d.Id, decisions.Blanks);
        return true;
    }
}
