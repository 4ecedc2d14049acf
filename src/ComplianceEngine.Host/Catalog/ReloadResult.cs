namespace ComplianceEngine.Host.Catalog;

/// <summary>How a reload ended.</summary>
public enum ReloadOutcome
{
    /// <summary>The catalog on disk is valid and now served.</summary>
    Reloaded,

    /// <summary>The catalog on disk is invalid; <see cref="ReloadResult.Problems"/> says why.</summary>
    Refused,

    /// <summary>Another reload was running; nothing was done.</summary>
    Busy,

    /// <summary>Validation did not finish: it ran out of time or the service is stopping.</summary>
    Unfinished,
}

/// <summary>
/// What a reload did: the version served before and after, and the catalog problems (or why validation did not
/// finish) when the old catalog was kept.
/// </summary>
public sealed record ReloadResult(ReloadOutcome Outcome, string PreviousVersion, string Version, IReadOnlyList<string> Problems)
{
    public bool Refused => Outcome != ReloadOutcome.Reloaded;
}
