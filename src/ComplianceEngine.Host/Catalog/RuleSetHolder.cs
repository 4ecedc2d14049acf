using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Catalog;

namespace ComplianceEngine.Host.Catalog;

/// <summary>
/// The rule set being served. A reload loads and validates the new catalog completely before swapping it in with one
/// atomic exchange, so a request sees either the old or the new version, never a mix; a bad catalog is refused and the
/// old one keeps serving. Validation runs off the request thread with a timeout and cancellation, and only one reload
/// runs at a time: a second one is answered <see cref="ReloadOutcome.Busy"/> at once instead of queueing behind it.
/// </summary>
/// <param name="directory">The catalog folder (<c>rules/</c>).</param>
/// <param name="reloadTimeout">Longest a reload's validation may take; null for two minutes.</param>
public sealed class RuleSetHolder(string directory, TimeSpan? reloadTimeout = null)
{
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private RuleSet? _current;

    public string Directory { get; } = directory;

    public TimeSpan ReloadTimeout { get; } = reloadTimeout ?? TimeSpan.FromMinutes(2);

    public RuleSet Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("the rule catalog is not loaded yet");

    /// <summary>Loads the catalog at start; <see cref="CatalogInvalidException"/> carries every problem.</summary>
    public RuleSet Load(CancellationToken ct = default)
    {
        var ruleSet = RuleSetLoader.Load(Directory, ct);
        Interlocked.Exchange(ref _current, ruleSet);
        return ruleSet;
    }

    /// <summary>Validates the catalog on disk and swaps it in; otherwise the current one stays and the result says why.</summary>
    /// <param name="ct">Stops the validation (the host stopping); the old catalog keeps serving.</param>
    public async Task<ReloadResult> ReloadAsync(CancellationToken ct)
    {
        var previous = Current;
        if (!await _reloading.WaitAsync(0, CancellationToken.None))
        {
            return new ReloadResult(ReloadOutcome.Busy, previous.Version, previous.Version, ["another reload is running"]);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(ReloadTimeout);
        // Its own thread: compiling and measuring the catalog is CPU work the request threads should not wait in.
        var validation = Task.Factory.StartNew(() => RuleSetLoader.Load(Directory, stop.Token), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            // The grace lets a cancelled validation report itself; past it the validation is abandoned, not waited for.
            var next = await validation.WaitAsync(ReloadTimeout + TimeSpan.FromSeconds(5), CancellationToken.None);
            Interlocked.Exchange(ref _current, next);
            return new ReloadResult(ReloadOutcome.Reloaded, previous.Version, next.Version, []);
        }
        catch (CatalogInvalidException e)
        {
            return new ReloadResult(ReloadOutcome.Refused, previous.Version, previous.Version, [.. e.Issues.Select(i => i.ToString())]);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            _ = validation.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
            var why = ct.IsCancellationRequested
                ? "the service is stopping"
                : $"validation did not finish within {ReloadTimeout.TotalSeconds:0.#} s";
            return new ReloadResult(ReloadOutcome.Unfinished, previous.Version, previous.Version, [why]);
        }
        finally
        {
            _reloading.Release();
        }
    }
}
