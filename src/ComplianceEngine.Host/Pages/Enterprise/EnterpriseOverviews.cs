using System.Text.Json;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Receipts;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Host.Apis.Models;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Host.Pages.Enterprise;

/// <summary>
/// Reads an enterprise's overview from the stores the API uses (register, audit trail, outbox, receipts) and records
/// its acknowledgements of receipt. Who may see which enterprise is decided by the page, not here.
/// </summary>
public sealed class EnterpriseOverviews(RegisterStore register, EvaluationStore evaluations, NoticeOutbox outbox, NoticeReceipts receipts)
{
    private const string Kind = NoticeSubject.EnterpriseKind;

    /// <summary>The overview of enterprise <paramref name="id"/>, or null when the register has no such enterprise.</summary>
    public async Task<EnterpriseOverview?> LoadAsync(string id, CancellationToken ct)
    {
        if (await register.RecordJsonAsync(Kind, id, ct) is not { } recordJson)
        {
            return null;
        }

        using var record = JsonDocument.Parse(recordJson);
        var name = record.RootElement.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : id;
        var latest = await evaluations.LatestAsync(Kind, id, ct) is { } stored ? EvaluationView.From(stored) : null;
        // The timeline shows what binds the enterprise and has a date: advisories inform and bind no one.
        var timeline = latest?.Findings.Where(f => f.Deadline is not null && NoticePlanner.IsBinding(f))
            .OrderBy(f => f.Deadline).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList() ?? [];
        var notices = await outbox.ForSubjectAsync(Kind, id, ct);
        var signed = await receipts.ForSubjectAsync(Kind, id, ct);
        return new EnterpriseOverview(id, name, latest, timeline, [.. notices.Select(x => new ReceivedNotice(x, signed.GetValueOrDefault(x.Id)))]);
    }

    /// <summary>Records that <paramref name="by"/> received notice <paramref name="noticeId"/> of enterprise <paramref name="id"/>; refused when it has no such notice or it was not delivered yet.</summary>
    public Task<ReceiptOutcome> AcknowledgeAsync(string id, long noticeId, string by, DateTime at, CancellationToken ct) =>
        receipts.AcknowledgeAsync(noticeId, Kind, id, by, at, ct);
}
