using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.People;
using ComplianceEngine.Screening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComplianceEngine.Host.Pages.Inspections;

/// <summary>
/// Records the outcome of an on-site inspection of one enterprise (date, whether a violation was found, what was
/// looked at and found) in the inspector's name: the signed-in person. It is stored through the inspection import's
/// one path (<see cref="InspectionStore"/>), so it becomes a label for the risk model as an imported inspection does;
/// a second outcome for the same enterprise and day replaces the first.
/// </summary>
[Authorize(Roles = Roles.Enforcement)]
public sealed class RecordModel(IRecordSource register, InspectionStore inspections, TimeProvider clock) : PageModel
{
    /// <summary>The longest note accepted, in characters.</summary>
    public const int MaxNotesLength = 2000;

    /// <summary>The form: <c>date</c> (yyyy-MM-dd), <c>violationFound</c> (true/false), <c>facilityId</c>, <c>pollutant</c>, <c>notes</c>.</summary>
    public sealed record OutcomeForm
    {
        public string? Date { get; set; }
        public string? ViolationFound { get; set; }
        public string? FacilityId { get; set; }
        public string? Pollutant { get; set; }
        public string? Notes { get; set; }
    }

    [BindProperty] public OutcomeForm Form { get; set; } = new();

    public EnterpriseRecord? Enterprise { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Why the form was refused, by field; empty when it was stored or not yet sent.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(string enterpriseId, CancellationToken ct) =>
        await LoadAsync(enterpriseId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string enterpriseId, CancellationToken ct)
    {
        if (!await LoadAsync(enterpriseId, ct))
        {
            return NotFound();
        }

        if (Read() is not { } row)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await inspections.UpsertAsync([row], ct);
        return Redirect($"/Enterprises/{Uri.EscapeDataString(enterpriseId)}?recorded={AsOfDate.Text(row.Date)}");
    }

    /// <summary>The form as an inspection in the signed-in person's name, or null with <see cref="Errors"/> filled.</summary>
    private InspectionRow? Read()
    {
        var date = Today;
        if (string.IsNullOrEmpty(Form.Date) || !AsOfDate.TryParse(Form.Date, clock, out date))
        {
            Errors["date"] = $"expected the inspection's date as yyyy-MM-dd, got '{Form.Date}'";
        }
        else if (date > Today)
        {
            Errors["date"] = $"{AsOfDate.Text(date)} is after today ({AsOfDate.Text(Today)}): record an inspection once it took place";
        }

        bool? found = Form.ViolationFound switch { "true" => true, "false" => false, _ => null };
        if (found is null)
        {
            Errors["violationFound"] = "say whether the inspection found a violation (true or false)";
        }

        var facility = Blank(Form.FacilityId);
        if (facility is not null && Enterprise!.Facilities.All(f => f.Id != facility))
        {
            Errors["facilityId"] = $"'{facility}' is not a facility of {Enterprise.Id}";
        }

        var pollutant = Blank(Form.Pollutant);
        if (pollutant is not null && !ContractValues.Pollutants.Contains(pollutant) && !ContractValues.HeavyMetals.Contains(pollutant))
        {
            Errors["pollutant"] = $"'{pollutant}' is not one of {string.Join(", ", ContractValues.Pollutants.Concat(ContractValues.HeavyMetals))}";
        }

        var notes = Blank(Form.Notes);
        if (notes is { Length: > MaxNotesLength })
        {
            Errors["notes"] = $"at most {MaxNotesLength} characters, got {notes.Length}";
        }

        return Errors.Count > 0 ? null
            : new InspectionRow(Enterprise!.Id, date, found!.Value, facility, pollutant, notes, Actor.From(User).DisplayName);
    }

    private async Task<bool> LoadAsync(string enterpriseId, CancellationToken ct)
    {
        Today = AsOfDate.Today(clock);
        await foreach (var parsed in register.ReadAsync("enterprise", [enterpriseId], ct))
        {
            Enterprise = parsed.Record as EnterpriseRecord;
        }

        return Enterprise is not null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
