using System.Collections.Concurrent;

namespace ComplianceEngine.Rules.Parameters;

/// <summary>All dated parameters and emission limits; resolves them for a city and an as-of date.</summary>
public sealed class ParameterCatalog
{
    private readonly Dictionary<string, int> _index;
    private readonly ConcurrentDictionary<(string City, DateOnly AsOf, DateOnly? Month), ParameterSet> _resolved = new();

    public ParameterCatalog(IReadOnlyList<ParameterDefinition> definitions, IReadOnlyList<EmissionLimit> limits)
    {
        Definitions = definitions;
        Limits = limits;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definitions.Count; i++)
        {
            _index[definitions[i].Name] = i;
        }
    }

    public IReadOnlyList<ParameterDefinition> Definitions { get; }
    public IReadOnlyList<EmissionLimit> Limits { get; }

    public bool TryGet(string name, out int index, out ParameterDefinition definition)
    {
        if (_index.TryGetValue(name, out index))
        {
            definition = Definitions[index];
            return true;
        }

        definition = null!;
        return false;
    }

    /// <summary>Cached per city and date: a batch resolves each city once.</summary>
    public ParameterSet For(string city, DateOnly asOf) => Resolved((city, asOf, null));

    /// <summary>
    /// For a monthly reading: the as-of date's values, with the emission limits in force over the whole month judged,
    /// not on the as-of date (GB 13271-2014 表1 binds boilers in use from 2016-07-01: not a February 2016 average judged
    /// that September). <paramref name="month"/> is the month's first day.
    /// </summary>
    public ParameterSet For(string city, DateOnly asOf, DateOnly month) => Resolved((city, asOf, month));

    private ParameterSet Resolved((string City, DateOnly AsOf, DateOnly? Month) key)
    {
        if (_resolved.TryGetValue(key, out var resolved))
        {
            return resolved;
        }

        // Counting takes every lock of the dictionary: only on a miss, not on every record.
        if (_resolved.Count > 4096)
        {
            _resolved.Clear();
        }

        return _resolved.GetOrAdd(key, k => new ParameterSet(this, k.City, k.AsOf, k.Month));
    }
}
