using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using Npgsql;

namespace ComplianceEngine.Data.Audit;

/// <summary>
/// The night's stored evaluations of the register, read back typed for the notice jobs, so a night evaluates each
/// enterprise once (the sweep) and the notice runs plan from what it stored. For each enterprise in the register: its
/// latest evaluation of the as-of date under the rule-set version, with the record content that evaluation judged
/// (the trail's snapshot, not the register's row, so a notice names exactly what was decided).
/// </summary>
public sealed class SweptEvaluations(NpgsqlDataSource dataSource)
{
    // Latest per enterprise: a record edited and evaluated again the same day has two rows under the identity key.
    // The lateral lookup walks evaluations_identity_key (record_kind, record_id, as_of, rule_set_hash, ...).
    private const string Select = """
        SELECT e.id, v.id, v.outcome, v.findings::text, v.errors::text, s.record::text
        FROM enterprises e
        LEFT JOIN LATERAL (
            SELECT id, record_hash, outcome, findings, errors FROM evaluations
            WHERE record_kind = 'enterprise' AND record_id = e.id AND as_of = $1 AND rule_set_hash = $2
            ORDER BY id DESC LIMIT 1) v ON true
        LEFT JOIN record_snapshots s ON s.hash = v.record_hash
        """;

    private const string ByIdsSql = Select + " WHERE e.id = ANY($3) ORDER BY e.id";

    private const string AllSql = Select + " ORDER BY e.id";

    /// <summary>
    /// The stored evaluations as of <paramref name="asOf"/> under <paramref name="ruleSetVersion"/> (the content hash)
    /// of the enterprises with the given ids (the whole register when null), in id order (ordinal), and the ids of
    /// register enterprises that have none, or whose stored one no longer reads (they need an evaluation now). Ids not
    /// in the register are in neither list. Results carry no <see cref="EvaluationResult.Notes"/> (the trail keeps none).
    /// </summary>
    public async Task<SweptRead> ReadAsync(IReadOnlyList<string>? ids, DateOnly asOf, string ruleSetVersion, CancellationToken ct = default)
    {
        var found = new List<SweptEvaluation>();
        var missing = new List<string>();
        await using var command = dataSource.CreateCommand(ids is null ? AllSql : ByIdsSql);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = asOf });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ruleSetVersion });
        if (ids is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. ids] });
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var enterpriseId = reader.GetString(0);
            if (reader.IsDBNull(1) || reader.IsDBNull(5)
                || Typed(reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), asOf, ruleSetVersion) is not { } typed)
            {
                missing.Add(enterpriseId);
                continue;
            }

            found.Add(typed);
        }

        return new SweptRead(found, missing);
    }

    // Null when the stored row does not read back (a snapshot the reader now refuses, findings of another shape): the
    // caller evaluates that enterprise again rather than deciding from a value it could not read.
    private static SweptEvaluation? Typed(long id, string outcome, string findings, string errors, string recordJson, DateOnly asOf, string ruleSetVersion)
    {
        if (RecordReader.Read(recordJson, $"evaluation {id}").Records is not [{ Record: { } record }])
        {
            return null;
        }

        try
        {
            var result = new EvaluationResult
            {
                RecordId = record.Id,
                Kind = "enterprise",
                Outcome = EvaluationJson.ParseOutcome(outcome),
                Findings = EvaluationJson.ReadFindings(findings),
                Errors = EvaluationJson.ReadErrors(errors),
                RuleSetVersion = ruleSetVersion,
                AsOf = asOf,
            };
            return new SweptEvaluation(id, record, result);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }
}

/// <summary>A stored evaluation read back: its id in the trail, the record content it judged and its result.</summary>
public sealed record SweptEvaluation(long EvaluationId, ComplianceRecord Record, EvaluationResult Result);

/// <summary>What <see cref="SweptEvaluations.ReadAsync"/> found (in id order) and the register's enterprises without a readable stored evaluation.</summary>
public sealed record SweptRead(IReadOnlyList<SweptEvaluation> Found, IReadOnlyList<string> Missing);
