namespace ComplianceEngine.Host.Bench;

/// <summary>What one run does: where, with which key and records, at which rate or concurrency, for how long.</summary>
internal sealed record BenchSettings(
    Uri Url,
    string Key,
    string ProjectsFile,
    DateOnly AsOf,
    bool Repeat,
    int Rate,
    int? ClosedLoop,
    TimeSpan Duration,
    TimeSpan Warmup,
    int Connections,
    int MaxInFlight,
    TimeSpan Timeout,
    int TargetRate,
    double TargetP99Ms,
    string? JsonOut);
