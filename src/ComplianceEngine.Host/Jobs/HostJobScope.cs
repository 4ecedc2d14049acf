using Hangfire;

namespace ComplianceEngine.Host.Jobs;

/// <summary>One job's DI scope: services are resolved from it and disposed with it.</summary>
public sealed class HostJobScope(AsyncServiceScope scope) : JobActivatorScope
{
    public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

    public override void DisposeScope() => scope.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
