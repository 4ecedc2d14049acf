using Hangfire;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// Builds each job from this host's services, one DI scope per job. Hangfire.AspNetCore's own activator is set
/// process-wide by AddHangfire, so in a process holding several hosts (the tests' two instances) the last one built
/// would build every server's jobs; each server gets this one instead.
/// </summary>
public sealed class HostJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override object ActivateJob(Type jobType) => throw new NotSupportedException("jobs are activated in a scope");

    public override JobActivatorScope BeginScope(JobActivatorContext context) => new HostJobScope(scopes.CreateAsyncScope());
}
