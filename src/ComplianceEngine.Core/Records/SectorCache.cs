using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// <see cref="SectorMap.SectorsOf"/> for the reader, shared per (industry code, has a coating line): a million records
/// of a few hundred classes need a few hundred sets, not a million. The sets are frozen, so sharing them is safe.
/// </summary>
internal static class SectorCache
{
    private static readonly ConcurrentDictionary<string, IReadOnlySet<string>> Plain = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IReadOnlySet<string>> WithCoating = new(StringComparer.Ordinal);

    public static IReadOnlySet<string> SectorsOf(string industryCode, IReadOnlyList<Facility> facilities)
    {
        var coating = false;
        for (var i = 0; i < facilities.Count; i++)
        {
            if (facilities[i].Type == "coating-line")
            {
                coating = true;
                break;
            }
        }

        var cache = coating ? WithCoating : Plain;
        return cache.TryGetValue(industryCode, out var sectors)
            ? sectors
            : cache.GetOrAdd(industryCode, static (code, list) => SectorMap.SectorsOf(code, list).ToFrozenSet(StringComparer.Ordinal), facilities);
    }
}
