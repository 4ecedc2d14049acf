using System.Globalization;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Exceedances;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Host.Tests.Jobs;

/// <summary>
/// What an uninterrupted sweep stores: every enterprise of the register evaluated here, start to finish, with the rule
/// catalog the hosts load and the evaluator their batches use, compared with what the audit trail holds.
/// </summary>
public static class UninterruptedRun
{
    /// <summary>One line per enterprise whose stored evaluation as of <paramref name="asOf"/> is missing, doubled or different.</summary>
    public static async Task<List<string>> DifferencesAsync(FreshDatabase database, string asOf)
    {
        var date = DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var ruleSet = RuleSetLoader.Load(HostFactory.RepositoryFile("rules"));
        // The room as the hosts' batches use it, storing nothing: the reference the stored results are compared with.
        var evaluator = new RecordScreening(new ExceedanceQuery(database.DataSource), sink: null);
        var store = new EvaluationStore(database.DataSource);
        var differences = new List<string>();
        var stored = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var command = database.DataSource.CreateCommand($"SELECT record_id, id FROM evaluations WHERE record_kind = 'enterprise' AND as_of = '{asOf}'"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var (recordId, id) = (reader.GetString(0), reader.GetInt64(1));
                if (!stored.TryAdd(recordId, id))
                {
                    differences.Add($"{recordId}: stored twice (evaluations {stored[recordId]} and {id})");
                }
            }
        }

        await foreach (var parsed in new StoredRecords(database.DataSource).ReadAsync("enterprise", null))
        {
            if (parsed.Record is not { } record)
            {
                differences.Add($"{parsed.Id}: unreadable in the register");
            }
            else if (!stored.TryGetValue(record.Id, out var id))
            {
                differences.Add($"{record.Id}: not evaluated");
            }
            else
            {
                var evaluation = (await store.LoadAsync(id))!;
                var fresh = await evaluator.EvaluateAsync(ruleSet, record, date);
                if (!evaluation.Matches(fresh))
                {
                    differences.Add($"{record.Id}: stored {evaluation.Outcome} {evaluation.FindingsJson} under {evaluation.RuleSetHash}, uninterrupted {EvaluationJson.Outcome(fresh.Outcome)} {EvaluationJson.Findings(fresh.Findings)} under {fresh.RuleSetVersion}");
                }

                if (!EvaluationJson.SameJson(evaluation.RecordJson, RecordWriter.Write(record)))
                {
                    differences.Add($"{record.Id}: the stored snapshot is not the register's record");
                }
            }
        }

        return differences;
    }
}
