namespace ComplianceEngine.Data.Import;

/// <summary>
/// Splits an import into chunks so the database merges one chunk while the client reads and copies the next:
/// on a 2-core machine that keeps both cores busy instead of reading first and merging after. At most two
/// connections are in use, and one merge runs at a time, so merges never race each other (partition creation
/// included). Each chunk commits on its own: a failed import is completed by running it again, which the
/// upserts make safe.
/// </summary>
internal sealed class StagingPipeline<TStaging, TRow>(Func<CancellationToken, Task<TStaging>> start, int chunkSize) : IAsyncDisposable
    where TStaging : IStaging<TRow>
{
    private TStaging? _current;
    private Task<(long, long, long)>? _merging;
    private int _rows;
    private long _inserted, _updated, _unchanged;

    public async ValueTask AddAsync(TRow row, CancellationToken ct)
    {
        _current ??= await start(ct);
        _current.Add(row);
        if (++_rows == chunkSize)
        {
            _rows = 0;
            await AwaitMergeAsync();
            var full = _current;
            _current = default;
            _merging = MergeAsync(full, ct);
        }
    }

    public async Task<(long Inserted, long Updated, long Unchanged)> CompleteAsync(CancellationToken ct)
    {
        await AwaitMergeAsync();
        if (_current is { } last)
        {
            _current = default;
            _merging = MergeAsync(last, ct);
            await AwaitMergeAsync();
        }

        return (_inserted, _updated, _unchanged);
    }

    public async ValueTask DisposeAsync()
    {
        if (_current is { } current)
        {
            await current.DisposeAsync();
        }

        if (_merging is { } merging)
        {
            // Already failed or cancelled with the import; its outcome was reported by whoever awaited first.
            await merging.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task AwaitMergeAsync()
    {
        if (_merging is null)
        {
            return;
        }

        var (inserted, updated, unchanged) = await _merging;
        _merging = null;
        _inserted += inserted;
        _updated += updated;
        _unchanged += unchanged;
    }

    private static async Task<(long, long, long)> MergeAsync(TStaging staging, CancellationToken ct)
    {
        await using (staging)
        {
            return await staging.CompleteAsync(ct);
        }
    }
}
