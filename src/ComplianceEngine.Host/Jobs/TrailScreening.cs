using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Rules;
using Npgsql;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// Stored enterprises evaluated as of a date through the audit trail, so every notice a job issues rests on a stored
/// evaluation (the sweep's, when it ran that day under the same rule set). Unreadable stored records are left to the
/// sweep's report: no notice can be addressed from them. An enterprise whose evaluation fails is set aside by the
/// <see cref="SetAsideGuard"/> under the job's name, and the others are still evaluated.
/// </summary>
public static class TrailScreening
{
    /// <param name="ids">The enterprises; null for the whole register.</param>
    /// <returns>The evaluated enterprises, and how many stored records could not be read as records.</returns>
    public static async Task<(IReadOnlyList<ScreenedRecord> Screened, int Unreadable)> EvaluateAsync(NpgsqlDataSource dataSource, AuditTrail trail, RuleSet ruleSet,
        IReadOnlyList<string>? ids, DateOnly asOf, SetAsideGuard guard, string job, CancellationToken ct)
    {
        var screened = new List<ScreenedRecord>();
        var unreadable = 0;
        await foreach (var parsed in new StoredRecords(dataSource).ReadAsync("enterprise", ids, ct))
        {
            if (parsed.Record is { } record)
            {
                await guard.TryAsync(job, "enterprise", record.Id, asOf, async () =>
                {
                    var (result, _) = await trail.EvaluateAsync(ruleSet, record, asOf, ct);
                    screened.Add(new ScreenedRecord(record, result));
                }, ct);
            }
            else
            {
                unreadable++;
            }
        }

        return (screened, unreadable);
    }
}
