namespace ComplianceEngine.Host.Tests;

/// <summary>A host running Hangfire on its test database, polling often so a test need not wait seconds per job.</summary>
public sealed class JobsHostFactory : HostFactory
{
    public const int BatchSize = 40;

    public JobsHostFactory()
    {
        ExtraSettings["Jobs:Enabled"] = "true";
        ExtraSettings["Jobs:SweepBatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ExtraSettings["Jobs:QueuePollInterval"] = "00:00:00.200";
    }
}
