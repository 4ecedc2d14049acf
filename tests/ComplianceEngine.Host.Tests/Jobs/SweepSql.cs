namespace ComplianceEngine.Host.Tests.Jobs;

/// <summary>What the host-process tests read from the shared database: Hangfire's job tables and the audit trail.</summary>
public static class SweepSql
{
    /// <summary>What <c>SweepBatch</c> logs when a batch finishes; the console logger shows it in the process's output.</summary>
    public const string BatchLogLine = "sweep batch of";

    public const string SucceededJobs = "SELECT count(*) FROM hangfire.job WHERE statename = 'Succeeded'";

    public const string UnfinishedJobs = "SELECT count(*) FROM hangfire.job WHERE statename IS DISTINCT FROM 'Succeeded'";

    /// <summary>The Hangfire servers (one per host process) named by the batch jobs' Processing states.</summary>
    public const string ServersThatRanBatches = """
        SELECT count(DISTINCT s.data->>'ServerId')
        FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid
        WHERE s.name = 'Processing' AND j.invocationdata::text LIKE '%SweepBatch%'
        """;

    public static string Evaluations(string asOf) =>
        $"SELECT count(*) FROM evaluations WHERE record_kind = 'enterprise' AND as_of = '{asOf}'";

    public static string EvaluatedEnterprises(string asOf) =>
        $"SELECT count(DISTINCT record_id) FROM evaluations WHERE record_kind = 'enterprise' AND as_of = '{asOf}'";

    public static string UnevaluatedEnterprises(string asOf) => $"""
        SELECT count(*) FROM enterprises e
        WHERE NOT EXISTS (SELECT 1 FROM evaluations v WHERE v.record_kind = 'enterprise' AND v.record_id = e.id AND v.as_of = '{asOf}')
        """;

    /// <summary>For a failure message: every job with its states and servers, the evaluations per date, and the processes' output.</summary>
    public static async Task<string> DescribeAsync(FreshDatabase database, params HostProcess[] hosts)
    {
        var jobs = await database.StringsAsync("""
            SELECT j.id || ' ' || coalesce(j.statename, 'none') || ': ' ||
                   coalesce((SELECT string_agg(s.name || coalesce(' on ' || (s.data->>'ServerId'), ''), ' > ' ORDER BY s.id)
                             FROM hangfire.state s WHERE s.jobid = j.id), '')
            FROM hangfire.job j ORDER BY j.id
            """);
        var evaluations = await database.StringsAsync("SELECT as_of || ': ' || count(*) FROM evaluations GROUP BY as_of ORDER BY as_of");
        return $"jobs:\n{string.Join('\n', jobs)}\nevaluations: {string.Join(", ", evaluations)}\n{string.Join('\n', hosts.Select(h => h.Output()))}";
    }
}
