using ComplianceEngine.Risk.Training;

namespace ComplianceEngine.Risk.Ranking;

/// <summary>
/// Builds an inspection list: enterprises of a city (or the whole province) ranked by score; of the list's
/// <c>top</c> places, a share (default 10%) goes to enterprises drawn uniformly at random from those not ranked in,
/// marked as exploration. Every entry carries its top three reasons.
/// </summary>
public static class RiskListBuilder
{
    public const double DefaultExploreShare = 0.10;

    public static IReadOnlyList<RiskListEntry> Build(RiskModel model, IReadOnlyList<ScoredEnterprise> scored, string? city, int top,
        double exploreShare = DefaultExploreShare, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        if (exploreShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(exploreShare), "the exploration share must be between 0 and 1");
        }

        var pool = scored.Where(s => city is null || s.Record.City == city)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Record.Id, StringComparer.Ordinal).ToArray();
        var size = Math.Min(top, pool.Length);
        var explore = (int)Math.Round(size * exploreShare);
        var ranked = pool.Take(size - explore).Select(s => (s, Exploration: false));
        var rest = pool.Skip(size - explore).ToArray();
        var random = new Random(seed);
        random.Shuffle(rest);
        var picked = ranked.Concat(rest.Take(explore).OrderByDescending(s => s.Score).Select(s => (s, Exploration: true))).ToArray();

        var reasons = ReasonExplainer.Explain(model, [.. picked.Select(p => p.s.Features)], [.. picked.Select(p => p.s.Score)]);
        return [.. picked.Select((p, i) => new RiskListEntry(i + 1, p.s.Record.Id, p.s.Record.Name, p.s.Record.City, Math.Round(p.s.Score, 4), p.Exploration, reasons[i]))];
    }
}
