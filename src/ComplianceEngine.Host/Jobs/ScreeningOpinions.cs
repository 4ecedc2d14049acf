using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Notices;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Planning;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// Issues the screening opinion (审查意见) of every project whose latest screening, within the opinion window, was a
/// rejection or came with conditions. It reads the audit trail rather than being called by the screening endpoint,
/// so an instance that only serves the API needs no job queue, and a missed run is made up by the next one. The
/// opinion rests on the stored evaluation: made again with the rule-set version that decided it.
/// </summary>
public sealed class ScreeningOpinions(NpgsqlDataSource dataSource, AuditTrail trail, RuleSetHolder catalog, NoticeOutbox outbox, IOptions<NoticeOptions> options,
    TimeProvider clock, ILogger<ScreeningOpinions> logger)
{
    public const string RecurringJobId = "screening-opinions";

    private const string LatestSql = """
        SELECT id FROM (
            SELECT DISTINCT ON (record_id) id, outcome FROM evaluations
            WHERE record_kind = 'project' AND evaluated_at >= $1
            ORDER BY record_id, evaluated_at DESC, id DESC) latest
        WHERE outcome IN ('reject', 'conditional')
        ORDER BY id
        """;

    public async Task<FillResult> RunAsync(CancellationToken ct)
    {
        var ids = new List<long>();
        await using (var command = dataSource.CreateCommand(LatestSql))
        {
            command.Parameters.AddWithValue(clock.GetUtcNow() - options.Value.OpinionWindow);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        var ruleSet = catalog.Current;
        var requests = new List<NoticeRequest>();
        foreach (var id in ids)
        {
            var stored = await trail.Evaluations.LoadAsync(id, ct) ?? throw new InvalidOperationException($"evaluation {id} vanished");
            var record = RecordReader.Read(stored.RecordJson, $"evaluation {id}").Records.Single().Record
                ?? throw new InvalidOperationException($"evaluation {id} stores a record that no longer reads");
            // The catalog served now decided it: evaluate directly; an older version is loaded from the trail.
            var result = stored.RuleSetHash == ruleSet.Version ? ruleSet.Evaluate(record, stored.AsOf) : (await trail.ReplayAsync(id, ct)).Again;
            // The one instrument the screening calls for: a rejection, a request to supply, or an approval opinion.
            var screened = new ScreenedRecord(record, result);
            if (NoticePlanner.ProjectInstrument(screened) is { } kind && NoticePlanner.For(kind, screened, stored.AsOf) is { } request)
            {
                requests.Add(request);
            }
        }

        var fill = await outbox.FillAsync(requests, options.Value.Language, ct);
        logger.LogInformation("screening opinions: {Projects} project(s) rejected or conditional, {Inserted} new opinion(s), {Present} already issued",
            ids.Count, fill.Inserted, fill.AlreadyPresent);
        return fill;
    }
}
