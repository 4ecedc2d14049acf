namespace ComplianceEngine.Data.Import;

/// <summary>A staging table on its own connection: rows go in by binary COPY, then one set-based merge.</summary>
internal interface IStaging<TRow> : IAsyncDisposable
{
    void Add(in TRow row);

    /// <summary>Ends the COPY and merges into the real tables; returns (inserted, updated, unchanged).</summary>
    Task<(long Inserted, long Updated, long Unchanged)> CompleteAsync(CancellationToken ct);
}
