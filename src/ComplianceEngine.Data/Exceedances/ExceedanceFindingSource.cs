using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Limits;
using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Exceedances;

/// <summary>
/// What the evaluator asks for: the <c>limits</c> findings of an enterprise as of a date, from the stored hourly
/// readings of the twelve months up to it, judged by the limits of the rule set.
/// </summary>
public sealed class ExceedanceFindingSource(NpgsqlDataSource dataSource, LimitCatalog limits)
{
    private const string EnterpriseSql = """
        SELECT city AS City, record -> 'facilities' AS Facilities FROM enterprises WHERE id = @Id
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ExceedanceReport> ReportAsync(EnterpriseRecord record, DateOnly asOf, CancellationToken ct = default) =>
        (await RunAsync(record.Id, record.City, record.Facilities, asOf, ct)).Report;

    public async Task<IReadOnlyList<Finding>> FindingsAsync(EnterpriseRecord record, DateOnly asOf, CancellationToken ct = default) =>
        (await RunAsync(record.Id, record.City, record.Facilities, asOf, ct)).Findings;

    /// <summary>For an enterprise known only by id: its city and facilities come from the stored record.</summary>
    public async Task<IReadOnlyList<Finding>> FindingsAsync(string enterpriseId, DateOnly asOf, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<(string City, string? Facilities)>(
            new CommandDefinition(EnterpriseSql, new { Id = enterpriseId }, cancellationToken: ct));
        if (row.City is null)
        {
            return [];
        }

        var facilities = row.Facilities is null ? [] : JsonSerializer.Deserialize<List<Facility>>(row.Facilities, Json) ?? [];
        return (await RunAsync(enterpriseId, row.City, facilities, asOf, ct)).Findings;
    }

    private async Task<(ExceedanceReport Report, IReadOnlyList<Finding> Findings)> RunAsync(
        string enterpriseId, string city, IEnumerable<Facility> facilities, DateOnly asOf, CancellationToken ct)
    {
        var windows = LimitWindows.For(city, facilities, limits);
        var (from, to) = ChinaTime.TwelveMonthsUpTo(asOf);
        var report = await new ExceedanceQuery(dataSource).FindAsync(enterpriseId, windows, from, to, ct);
        return (report, LimitFindings.From(report, windows, asOf));
    }
}
