using ComplianceEngine.Core.Records;
using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Enforcement;

/// <summary>
/// One city's findings and inspection outcomes as of a date. Findings: of the city's registered enterprises, how many
/// have a stored evaluation dated on or before the date (the nightly sweep stores one for each), how many were last
/// judged (their latest such evaluation) non-compliant or due, and how many findings those latest evaluations carry. Outcomes: the inspections dated in the twelve months up to the date, and how many
/// of them found a violation.
/// </summary>
public sealed record CityTally(string City, int Enterprises, int Evaluated, int Noncompliant, int Due, int Findings, int Inspections, int ViolationsFound);

/// <summary>Findings and inspection outcomes by city, for the enforcement team's chart. Same database and date, same tallies.</summary>
public sealed class CityTallies(NpgsqlDataSource dataSource)
{
    private const string TallySql = """
        WITH latest AS (
            SELECT DISTINCT ON (record_id) record_id, outcome, jsonb_array_length(findings) AS findings
            FROM evaluations WHERE record_kind = 'enterprise' AND as_of <= @AsOf
            ORDER BY record_id, as_of DESC, evaluated_at DESC, id DESC),
        judged AS (
            SELECT e.city, count(*) AS enterprises, count(l.record_id) AS evaluated,
                   count(*) FILTER (WHERE l.outcome = 'noncompliant') AS noncompliant,
                   count(*) FILTER (WHERE l.outcome = 'due') AS due,
                   coalesce(sum(l.findings), 0) AS findings
            FROM enterprises e LEFT JOIN latest l ON l.record_id = e.id
            GROUP BY e.city),
        inspected AS (
            SELECT e.city, count(*) AS inspections, count(*) FILTER (WHERE i.violation_found) AS violations_found
            FROM inspections i JOIN enterprises e ON e.id = i.enterprise_id
            WHERE i.date > @AsOf - interval '1 year' AND i.date <= @AsOf
            GROUP BY e.city)
        SELECT coalesce(j.city, i.city) AS City, coalesce(j.enterprises, 0)::int AS Enterprises,
               coalesce(j.evaluated, 0)::int AS Evaluated, coalesce(j.noncompliant, 0)::int AS Noncompliant,
               coalesce(j.due, 0)::int AS Due, coalesce(j.findings, 0)::int AS Findings, coalesce(i.inspections, 0)::int AS Inspections,
               coalesce(i.violations_found, 0)::int AS ViolationsFound
        FROM judged j FULL JOIN inspected i ON i.city = j.city
        """;

    /// <summary>Every city of Jiangxi in the contract's order (zeros where nothing is registered), as of <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<CityTally>> ReadAsync(DateOnly asOf, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<CityTally>(new CommandDefinition(TallySql, new { AsOf = asOf }, cancellationToken: ct)))
            .ToDictionary(r => r.City, StringComparer.Ordinal);
        return [.. ContractValues.Cities.Select(c => rows.GetValueOrDefault(c) ?? new CityTally(c, 0, 0, 0, 0, 0, 0, 0))];
    }
}
