using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Documents;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Rendering;

namespace ComplianceEngine.Notices.Documents;

/// <summary>
/// Signed instruments (<see cref="NoticeTypes.IsSigned"/>: decisions, a project's 补正通知 and 审批意见) from draft to
/// issue. A draft is rendered without a number and stored with the record and findings it rests on
/// (<see cref="DocumentStore"/>), never in the outbox; issuing renders it again from those, with the next number of
/// its authority, kind and year and without the draft mark, and hands the exact issued text to the outbox. Reminders and letters do not pass here: they go out as they are filled.
/// </summary>
public sealed class DecisionDrafts(DocumentStore store, NoticeRenderer renderer)
{
    /// <summary>Stores the draft of a decision; false when the same draft (subject, kind, finding set) exists already.</summary>
    public async Task<bool> SaveAsync(NoticeRequest request, string language, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Type.IsSigned() || request.Subject.Record is not { } record)
        {
            throw new ArgumentException($"only a signed instrument about a record is drafted, not a {request.Type.Slug()} about {request.Subject.Kind} {request.Subject.Id}", nameof(request));
        }

        var draft = renderer.RenderUnnumbered(request, language);
        var saved = await store.SaveDraftAsync(new DraftDocument(
            request.Subject.Kind, request.Subject.Id, request.Type.Slug(), request.FindingSetHash, request.Period, language,
            renderer.AuthorityFor(request).City, request.AsOf, RecordWriter.Write(record), JsonSerializer.Serialize(request.Findings, ResultJson.Compact),
            request.Outcome is { } o ? JsonNamingPolicy.KebabCaseLower.ConvertName(o.ToString()) : null, draft.Text!, draft.Html!)
        {
            CheckJson = request.Check is { } check ? JsonSerializer.Serialize(check, ResultJson.Compact) : null,
        }, ct);
        return saved is not null;
    }

    /// <summary>
    /// Fills blank required elements (<see cref="RequiredElements"/>) of draft <paramref name="id"/> with
    /// <paramref name="values"/> (element → value) in the name of <paramref name="by"/> at <paramref name="at"/> (UTC), and
    /// renders the draft again with them. Throws <see cref="ArgumentException"/> naming the element when a key or value
    /// is not acceptable (nothing is stored then). An issued document is returned unchanged.
    /// </summary>
    public async Task<FillOutcome> FillAsync(long id, IReadOnlyDictionary<string, string> values, Issuer by, DateTime at, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(by);
        if (values.Count == 0)
        {
            throw new ArgumentException("give at least one element to fill", nameof(values));
        }

        return await store.FillAsync(id, draft =>
        {
            foreach (var (element, value) in values)
            {
                if (RequiredElements.Refusal(draft.SubjectKind, element, value) is { } why)
                {
                    throw new ArgumentException(why, nameof(values));
                }
            }

            var filled = new Dictionary<string, FilledElement>(RequiredElements.Read(draft.FilledJson), StringComparer.Ordinal);
            foreach (var (element, value) in values)
            {
                filled[element] = new FilledElement(value.Trim(), by.Name, by.Role, DateTime.SpecifyKind(at, DateTimeKind.Utc));
            }

            var json = RequiredElements.Write(filled);
            var rendered = renderer.RenderUnnumbered(Request(draft with { FilledJson = json }), draft.Language);
            return new FilledDraft(json, rendered.Text!, rendered.Html!);
        }, ct);
    }

    /// <summary>
    /// Issues draft <paramref name="id"/> in the name of <paramref name="issuer"/> at <paramref name="at"/> (UTC).
    /// Throws <see cref="BlankElementsException"/> naming the required elements still blank (nothing is numbered or
    /// sent then), and <see cref="InvalidOperationException"/> when the stored draft no longer gives the instrument it was
    /// drafted as (its record or findings do not read back to the same finding set).
    /// </summary>
    public Task<IssueOutcome> IssueAsync(long id, Issuer issuer, DateTime at, CancellationToken ct = default) =>
        store.IssueAsync(id, issuer, at, (draft, sequence) =>
        {
            var request = Request(draft);
            // Checked under the draft's lock, before the number is used: the transaction rolls back and the number with it.
            if (RequiredElements.Blanks(request, renderer.AuthorityFor(request)) is { Count: > 0 } blanks)
            {
                throw new BlankElementsException(draft.Id, blanks);
            }

            // The issued text names the officer who issued it (签发人), as the document store records them.
            var notice = renderer.Render(request, draft.Language, sequence, draft: false, issuer: issuer.Name);
            return new IssuedText(notice.Number, notice.Text!, notice.Html!);
        }, ct);

    /// <summary>The required elements draft <paramref name="draft"/> still lacks (empty once it may be issued).</summary>
    public IReadOnlyList<string> Blanks(StoredDocument draft)
    {
        var request = Request(draft);
        return RequiredElements.Blanks(request, renderer.AuthorityFor(request));
    }

    /// <summary>The request a stored draft was made from, read back from its record and findings, with the elements an officer filled laid over it.</summary>
    public static NoticeRequest Request(StoredDocument draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var record = RecordReader.Read(draft.RecordJson, $"document {draft.Id}").Records.Single().Record
            ?? throw new InvalidOperationException($"document {draft.Id}: its record no longer reads");
        var findings = JsonSerializer.Deserialize<List<Finding>>(draft.FindingsJson, ResultJson.Compact)
            ?? throw new InvalidOperationException($"document {draft.Id}: its findings do not read");
        var request = new NoticeRequest
        {
            Type = NoticeTypes.Parse(draft.DocumentType),
            Subject = NoticeSubject.Of(record),
            AsOf = draft.AsOf,
            Period = draft.Period,
            Findings = findings,
            Outcome = draft.Outcome is { } o ? Enum.Parse<Outcome>(o.Replace("-", "", StringComparison.Ordinal), ignoreCase: true) : null,
            Check = draft.CheckJson is { } check ? JsonSerializer.Deserialize<OnSiteCheck>(check, ResultJson.Compact) : null,
        };
        return request.FindingSetHash == draft.FindingSetHash
            ? RequiredElements.Apply(request, RequiredElements.Read(draft.FilledJson))
            : throw new InvalidOperationException($"document {draft.Id}: the stored findings give another finding set than the draft's");
    }
}
