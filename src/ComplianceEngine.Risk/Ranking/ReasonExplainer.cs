using ComplianceEngine.Risk.Training;

namespace ComplianceEngine.Risk.Ranking;

/// <summary>
/// Turns feature contributions into reasons. A cause's contribution is how far the calibrated probability falls when
/// that cause is removed (its features set to a clean enterprise's values) and everything else is kept: an occlusion
/// contribution that works the same for every trainer the selection may keep. All variants are scored in one batch.
/// </summary>
public static class ReasonExplainer
{
    public static IReadOnlyList<Reason>[] Explain(RiskModel model, IReadOnlyList<float[]> features, IReadOnlyList<double> scores, int top = 3)
    {
        var variants = new List<float[]>();
        var owners = new List<(int Row, ReasonGroup Group)>();
        for (var row = 0; row < features.Count; row++)
        {
            foreach (var group in ReasonGroups.All)
            {
                if (group.Applies(features[row]))
                {
                    var copy = (float[])features[row].Clone();
                    group.Remove(copy);
                    variants.Add(copy);
                    owners.Add((row, group));
                }
            }
        }

        var without = variants.Count == 0 ? [] : model.Score(variants);
        var candidates = new List<Reason>[features.Count];
        for (var row = 0; row < features.Count; row++)
        {
            candidates[row] = [];
        }

        for (var k = 0; k < owners.Count; k++)
        {
            var (row, group) = owners[k];
            var contribution = scores[row] - without[k];
            if (contribution > 0)
            {
                var (zh, en) = group.Phrase(features[row]);
                candidates[row].Add(new Reason(group.Code, zh, en, Math.Round(contribution, 4)));
            }
        }

        return [.. candidates.Select(c => (IReadOnlyList<Reason>)[.. c.OrderByDescending(r => r.Contribution).ThenBy(r => r.Code, StringComparer.Ordinal).Take(top)])];
    }
}
