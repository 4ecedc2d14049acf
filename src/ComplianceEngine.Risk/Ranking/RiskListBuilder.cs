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
        var picked = Draw(scored, city, top, exploreShare, seed);
        var reasons = ReasonExplainer.Explain(model, [.. picked.Select(p => p.Enterprise.Features)], [.. picked.Select(p => p.Enterprise.Score)]);
        return [.. picked.Select((p, i) => new RiskListEntry(i + 1, p.Enterprise.Record.Id, p.Enterprise.Record.Name, p.Enterprise.Record.City,
            Math.Round(p.Enterprise.Score, 4), p.Exploration, reasons[i]))];
    }

    /// <summary>
    /// The random share to go beside <paramref name="ranked"/> enterprises a list carries on their own account (the
    /// weekly inspection list carries every enterprise with open findings): the ids of the exploration entries of a
    /// list of <c>ranked / (1 − share)</c> places, so they make up <paramref name="exploreShare"/> of the whole.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative count, or a share outside [0, 1).</exception>
    public static IReadOnlyList<string> DrawBeside(IReadOnlyList<ScoredEnterprise> scored, string? city, int ranked, double exploreShare, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ranked);
        if (exploreShare is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(exploreShare), "the exploration share beside a ranked list must be at least 0 and below 1");
        }

        var top = (int)Math.Round(ranked / (1 - exploreShare));
        return [.. Draw(scored, city, top, exploreShare, seed).Where(p => p.Exploration).Select(p => p.Enterprise.Record.Id)];
    }

    /// <summary>The list's places in order: the highest scores, then the exploration entries drawn with <paramref name="seed"/>.</summary>
    private static (ScoredEnterprise Enterprise, bool Exploration)[] Draw(IReadOnlyList<ScoredEnterprise> scored, string? city, int top,
        double exploreShare, int seed)
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
        return [.. ranked.Concat(rest.Take(explore).OrderByDescending(s => s.Score).Select(s => (s, Exploration: true)))];
    }
}
