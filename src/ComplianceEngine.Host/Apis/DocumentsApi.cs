using System.Security.Claims;
using ComplianceEngine.Data.Documents;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Notices.Documents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceEngine.Host.Apis;

/// <summary>
/// <c>GET /api/v1/documents?enterpriseId=</c> (or <c>projectId=</c>): the decisions about one subject, drafts and
/// issued, newest first, for officers to review. <c>POST /api/v1/documents/{id}/issue</c> with
/// <c>{"issuer": "张三"}</c>: an officer or enforcement key issues a
/// drafted signed instrument (责令改正违法行为决定书, 不予批准决定书, 补正通知书, 审批意见) in the name given. Issuing numbers it, records who, as what
/// role and when, and the exact text, and queues it for delivery; until then it is a draft and is not delivered.
/// 200 with the issued document; 400 without an issuer; 404 for no such draft; 409 when it was issued already, or while
/// a required element (legal representative, address, builder, project code, telephone…) is blank, naming each.
/// <c>POST /api/v1/documents/{id}/elements</c> with <c>{"filledBy": "张三", "elements": {"legalRepresentative": "…"}}</c>
/// fills such blanks on the draft, recorded with who filled them, as what role and when; 200 with the draft as it now
/// reads and what is still blank; 400 naming a key or value not accepted; 404; 409 once issued.
/// </summary>
public static class DocumentsApi
{
    /// <summary>The longest issuer name accepted, in characters.</summary>
    public const int MaxIssuerLength = 50;

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/documents", ListAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Officer, Roles.Enforcement))
            .WithName("ListDocuments")
            .WithSummary("Decisions about an enterprise or a project, drafts and issued, newest first");
        routes.MapPost("/api/v1/documents/{id:long}/issue", IssueAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Officer, Roles.Enforcement))
            .WithName("IssueDocument")
            .WithSummary("Issue a drafted decision in the caller's name: number it, record who and when, queue it for delivery");
        routes.MapPost("/api/v1/documents/{id:long}/elements", FillAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Officer, Roles.Enforcement))
            .WithName("FillDocumentElements")
            .WithSummary("Fill the required elements a draft lacks (legal representative, address, builder, project code, telephone), recorded with who filled them");
        return routes;
    }

    /// <summary>Blank elements to fill (keys of <see cref="RequiredElements"/>) and the officer filling them, by name.</summary>
    public sealed record FillRequest(string? FilledBy, Dictionary<string, string>? Elements);

    /// <summary>The officer issuing, by name as they sign.</summary>
    public sealed record IssueRequest(string? Issuer);

    /// <summary>A decision as issued: number, issuer, role, time (UTC), the outbox row it goes out as, and its exact text.</summary>
    public sealed record IssuedDocument(
        long Id, string DocumentType, string SubjectKind, string SubjectId, string Number, string IssuedBy, string IssuedRole,
        DateTime IssuedAt, long NoticeId, string Text);

    /// <summary>
    /// A decision in a list: its state, the draft text to review, the required elements still blank (keys of
    /// RequiredElements; issuing is refused until none is), and once issued its number, issuer and time (UTC).
    /// </summary>
    public sealed record DocumentSummary(
        long Id, string DocumentType, string SubjectKind, string SubjectId, DateOnly AsOf, string Status, string? DraftText,
        string? Number, string? IssuedBy, DateTime? IssuedAt, IReadOnlyList<string> Blanks);

    private static async Task<Results<Ok<DocumentSummary[]>, ValidationProblem>> ListAsync(
        string? enterpriseId, string? projectId, DocumentStore store, DecisionDrafts drafts, CancellationToken ct)
    {
        if ((enterpriseId is null) == (projectId is null))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["enterpriseId"] = ["give exactly one of enterpriseId or projectId"] });
        }

        var (kind, id) = enterpriseId is not null ? ("enterprise", enterpriseId) : ("project", projectId!);
        var documents = await store.ForSubjectAsync(kind, id, ct);
        return TypedResults.Ok(documents.Select(d => Summary(d, drafts)).ToArray());
    }

    private static DocumentSummary Summary(StoredDocument d, DecisionDrafts drafts) => new(d.Id, d.DocumentType, d.SubjectKind, d.SubjectId, d.AsOf,
        d.Status, d.DraftText, d.Number, d.IssuedBy, d.IssuedAt, d.Status == "draft" ? drafts.Blanks(d) : []);

    private static async Task<Results<Ok<DocumentSummary>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> FillAsync(
        long id, FillRequest? body, ClaimsPrincipal user, DecisionDrafts drafts, TimeProvider clock, CancellationToken ct)
    {
        var name = body?.FilledBy?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxIssuerLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["filledBy"] = [$"name the officer filling the elements (1 to {MaxIssuerLength} characters)"] });
        }

        if (body?.Elements is not { Count: > 0 } elements)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["elements"] = ["give at least one element to fill"] });
        }

        FillOutcome outcome;
        try
        {
            outcome = await drafts.FillAsync(id, elements, new Issuer(name, user.IsInRole(Roles.Officer) ? Roles.Officer : Roles.Enforcement), clock.GetUtcNow().UtcDateTime, ct);
        }
        catch (ArgumentException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["elements"] = [e.Message.Split(" (Parameter", 2)[0]] });
        }

        return outcome switch
        {
            { Document: null } => TypedResults.NotFound(new ProblemDetails { Title = "Not found", Status = 404, Detail = $"no drafted document {id}" }),
            { FilledNow: false, Document: var d } => TypedResults.Conflict(new ProblemDetails
            {
                Title = "Already issued", Status = 409, Detail = $"document {id} was issued as {d.Number}; what was issued is not changed",
            }),
            { Document: var d } => TypedResults.Ok(Summary(d, drafts)),
        };
    }

    private static async Task<Results<Ok<IssuedDocument>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> IssueAsync(
        long id, IssueRequest? body, ClaimsPrincipal user, DecisionDrafts drafts, TimeProvider clock, CancellationToken ct)
    {
        var name = body?.Issuer?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxIssuerLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["issuer"] = [$"name the officer issuing the document (1 to {MaxIssuerLength} characters)"],
            });
        }

        var role = user.IsInRole(Roles.Officer) ? Roles.Officer : Roles.Enforcement;
        IssueOutcome outcome;
        try
        {
            outcome = await drafts.IssueAsync(id, new Issuer(name, role), clock.GetUtcNow().UtcDateTime, ct);
        }
        catch (BlankElementsException e)
        {
            return TypedResults.Conflict(new ProblemDetails
            {
                Title = "Required elements are blank", Status = 409,
                Detail = $"document {id} cannot be issued until these are filled (POST /api/v1/documents/{id}/elements): "
                    + string.Join(", ", e.Elements.Select(x => $"{x} ({RequiredElements.Label(x).Zh})")),
                Extensions = { ["blanks"] = e.Elements },
            });
        }

        return outcome switch
        {
            { Document: null } => TypedResults.NotFound(new ProblemDetails { Title = "Not found", Status = 404, Detail = $"no drafted document {id}" }),
            { IssuedNow: false, Document: var d } => TypedResults.Conflict(new ProblemDetails
            {
                Title = "Already issued", Status = 409, Detail = $"document {id} was issued as {d.Number} by {d.IssuedBy} on {d.IssuedAt:yyyy-MM-dd HH:mm} UTC",
            }),
            { Document: var d } => TypedResults.Ok(new IssuedDocument(d.Id, d.DocumentType, d.SubjectKind, d.SubjectId, d.Number!, d.IssuedBy!,
                d.IssuedRole!, d.IssuedAt!.Value, d.NoticeId!.Value, d.Text!)),
        };
    }
}
