using ComplianceEngine.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplianceEngine.Host.Health;

/// <summary>Readiness: the host only serves when PostgreSQL answers, since every screening is written to the audit trail.</summary>
public sealed class DatabaseHealthCheck(DatabaseProbe probe) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await probe.ProblemAsync(cancellationToken) is { } problem
            ? HealthCheckResult.Unhealthy("database does not answer", problem)
            : HealthCheckResult.Healthy("database answers");
}
