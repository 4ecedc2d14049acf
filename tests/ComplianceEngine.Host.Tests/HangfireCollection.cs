namespace ComplianceEngine.Host.Tests;

/// <summary>
/// The test classes that run Hangfire servers run one after another: each host has its own storage and activator,
/// but Hangfire still keeps process-wide statics (GlobalConfiguration), and a service runs one host per process.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireCollection
{
    public const string Name = "hangfire";
}
