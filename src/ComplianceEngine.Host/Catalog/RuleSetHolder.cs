using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Catalog;

namespace ComplianceEngine.Host.Catalog;

/// <summary>
/// The rule set being served. A reload loads and validates the new catalog completely before swapping it in with one
/// atomic exchange, so a request sees either the old or the new version, never a mix; a bad catalog is refused and the
/// old one keeps serving.
/// </summary>
public sealed class RuleSetHolder(string directory)
{
    private readonly Lock _reloading = new();
    private RuleSet? _current;

    public string Directory { get; } = directory;

    public RuleSet Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("the rule catalog is not loaded yet");

    /// <summary>Loads the catalog at start; <see cref="CatalogInvalidException"/> carries every problem.</summary>
    public RuleSet Load()
    {
        var ruleSet = RuleSetLoader.Load(Directory);
        Interlocked.Exchange(ref _current, ruleSet);
        return ruleSet;
    }

    /// <summary>Validates the catalog on disk and swaps it in; on problems the current one stays and the issues are returned.</summary>
    public ReloadResult Reload()
    {
        // One reload at a time: two concurrent reloads would both compile the catalog for nothing.
        lock (_reloading)
        {
            var previous = Current;
            try
            {
                var next = RuleSetLoader.Load(Directory);
                Interlocked.Exchange(ref _current, next);
                return new ReloadResult(previous.Version, next.Version, []);
            }
            catch (CatalogInvalidException e)
            {
                return new ReloadResult(previous.Version, previous.Version, [.. e.Issues.Select(i => i.ToString())]);
            }
        }
    }
}
