using System.Globalization;
using ComplianceEngine.Host.Auth;

namespace ComplianceEngine.Host.Tests.Jobs;

/// <summary>The configuration a host process of these tests runs with: jobs on, a fast-polling queue, two API keys.</summary>
public static class SweepHostSettings
{
    public const string AdminKey = "procs-admin-key";
    public const string OfficerKey = "procs-officer-key";

    public static Dictionary<string, string> For(FreshDatabase database, int batchSize, int workers, TimeSpan invisibilityTimeout) => new()
    {
        ["ConnectionStrings:Compliance"] = database.ConnectionString,
        ["Rules:Directory"] = HostFactory.RepositoryFile("rules"),
        ["Auth:ApiKeys:0:Key"] = AdminKey,
        ["Auth:ApiKeys:0:Role"] = Roles.Admin,
        ["Auth:ApiKeys:1:Key"] = OfficerKey,
        ["Auth:ApiKeys:1:Role"] = Roles.Officer,
        ["Jobs:Enabled"] = "true",
        ["Jobs:SweepBatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
        ["Jobs:WorkerCount"] = workers.ToString(CultureInfo.InvariantCulture),
        ["Jobs:QueuePollInterval"] = "00:00:00.200",
        ["Jobs:InvisibilityTimeout"] = invisibilityTimeout.ToString("c", CultureInfo.InvariantCulture),
        // Never on its own (Hangfire's Cron.Never): only the sweeps a test triggers run, whatever the time of day.
        ["Jobs:NightlySweepCron"] = "0 0 31 2 *",
        // Request logs (every readiness poll) would bury the job logs a failure message shows.
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };
}
