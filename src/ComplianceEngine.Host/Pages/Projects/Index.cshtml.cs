using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Localization;
using ComplianceEngine.Host.Screening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;

namespace ComplianceEngine.Host.Pages.Projects;

/// <summary>
/// The approval officer enters a project by the contract's form, or uploads a JSON file of one or more project
/// records, and it is screened as of today through the API's own path (<see cref="ProjectScreening"/>): a record the
/// reader refuses comes back with each problem beside its field; a screened one opens its decision.
/// </summary>
[Authorize(Policy = Policies.Screen)]
public sealed class IndexModel(ProjectForm form, ProjectScreening screening, RuleSetHolder catalog, TimeProvider clock) : PageModel
{
    public ProjectForm Form => form;

    /// <summary>What was entered, by field name, to show again beside the errors.</summary>
    public IReadOnlyDictionary<string, StringValues> Values { get; private set; } = new Dictionary<string, StringValues>();

    /// <summary>The reader's problems by form field name (its JSON path without <c>$.</c>).</summary>
    public ILookup<string, RecordError> FieldErrors { get; private set; } = Array.Empty<RecordError>().ToLookup(e => e.Path);

    /// <summary>Problems at a path the form has no field for (the record as a whole, a facility row).</summary>
    public IReadOnlyList<RecordError> OtherErrors { get; private set; } = [];

    /// <summary>The results of an uploaded file of several records, in file order.</summary>
    public IReadOnlyList<ScreenedProject> Results { get; private set; } = [];

    /// <summary>Why an uploaded file was not read at all (not JSON, empty, not records); the page answers 422 and stores nothing.</summary>
    public string? FileProblem { get; private set; }

    /// <summary>Arguments of <see cref="FileProblem"/> (where and why the JSON breaks, in the page's language).</summary>
    public object[] FileProblemArgs { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Values = Request.Form.Where(f => f.Key != "__RequestVerificationToken").ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        using var record = JsonDocument.Parse(ProjectFormRecord.From(form, Values).ToJsonString());
        return await ScreenAsync(record.RootElement, ct);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return Refused("请选择一个非空的 JSON 文件。");
        }

        JsonDocument document;
        try
        {
            await using var stream = file.OpenReadStream();
            document = await JsonDocument.ParseAsync(stream, JsonBody.Options, ct);
        }
        catch (JsonException e)
        {
            // Line and byte as a person counts them, from 1 (the parser counts from 0), as the CLI and API say them.
            var described = RecordFormatException.FromJson(file.FileName, e).Described;
            return Refused("文件未读取：{0}", Punctuation.Chinese ? described.Zh : described.En);
        }

        using (document)
        {
            if (document.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
            {
                return Refused("文件应为一个建设项目记录（JSON 对象）或由它们组成的数组。");
            }

            return await ScreenAsync(document.RootElement, ct);
        }
    }

    private async Task<IActionResult> ScreenAsync(JsonElement records, CancellationToken ct)
    {
        var results = await screening.ScreenEachAsync(catalog.Current, records, AsOfDate.Today(clock), ct);
        if (results is [{ EvaluationId: { } id }])
        {
            return RedirectToPage("/Projects/Evaluation", new { id });
        }

        if (results is [var one])
        {
            var fields = form.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            var errors = one.Result.Errors.Select(e => e with { Path = FieldName(e.Path) }).ToList();
            FieldErrors = errors.Where(e => fields.Contains(e.Path)).ToLookup(e => e.Path, StringComparer.Ordinal);
            OtherErrors = [.. errors.Where(e => !fields.Contains(e.Path))];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Results = results;
        return Page();
    }

    private PageResult Refused(string problem, params object[] args)
    {
        FileProblem = problem;
        FileProblemArgs = args;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private static string FieldName(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
