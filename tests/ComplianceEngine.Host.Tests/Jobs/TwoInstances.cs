namespace ComplianceEngine.Host.Tests.Jobs;

/// <summary>Two host instances with jobs enabled on one database, two workers each: a sweep must be shared between them.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public const int BatchSize = 10;

    public HostFactory First { get; } = WithJobs(new HostFactory());

    public HostFactory Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await First.InitializeAsync();
        Second = WithJobs(new HostFactory { SharesDatabaseOf = First });
        await Second.InitializeAsync();
        // Start both now: each migrates, loads the catalog and starts its Hangfire server.
        First.CreateClient().Dispose();
        Second.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await Second.DisposeDatabaseAsync();
        await First.DisposeDatabaseAsync();
    }

    private static HostFactory WithJobs(HostFactory host)
    {
        host.ExtraSettings["Jobs:Enabled"] = "true";
        host.ExtraSettings["Jobs:SweepBatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        host.ExtraSettings["Jobs:QueuePollInterval"] = "00:00:00.100";
        host.ExtraSettings["Jobs:WorkerCount"] = "2";
        // No schedules: at a five-minute boundary notice-delivery (and screening-opinions at ten) would run too and be
        // counted with the sweep's batches.
        foreach (var cron in JobsHostFactory.Crons)
        {
            host.ExtraSettings[$"Jobs:{cron}"] = "";
        }

        return host;
    }
}
