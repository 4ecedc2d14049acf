namespace ComplianceEngine.Host.Pipeline;

/// <summary>The <c>Api</c> configuration section: limits of the HTTP surface.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// The largest request body accepted, in bytes (default 32 MiB); larger is answered 413. Registers of millions of
    /// records are imported with the command line, which streams files of any size.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Seconds a client is told to wait (<c>Retry-After</c>) when the database is unavailable.</summary>
    public int RetryAfterSeconds { get; set; } = 10;
}
