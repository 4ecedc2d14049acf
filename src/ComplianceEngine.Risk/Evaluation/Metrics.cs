namespace ComplianceEngine.Risk.Evaluation;

/// <summary>Ranking and calibration metrics over (score, label) pairs; ties handled by average rank.</summary>
public static class Metrics
{
    /// <summary>ROC AUC as the Mann-Whitney statistic; NaN when only one class is present.</summary>
    public static double RocAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double rankSumPositive = 0;
        long positives = 0;
        var k = 0;
        while (k < order.Length)
        {
            var j = k;
            while (j + 1 < order.Length && scores[order[j + 1]] == scores[order[k]])
            {
                j++;
            }

            var rank = ((k + j) / 2.0) + 1;
            for (var m = k; m <= j; m++)
            {
                if (labels[order[m]])
                {
                    rankSumPositive += rank;
                    positives++;
                }
            }

            k = j + 1;
        }

        var negatives = scores.Count - positives;
        return positives == 0 || negatives == 0 ? double.NaN
            : (rankSumPositive - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }

    /// <summary>Area under the precision-recall curve as average precision.</summary>
    public static double PrAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var positives = labels.Count(l => l);
        if (positives == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        var hits = 0;
        for (var i = 0; i < order.Length; i++)
        {
            if (labels[order[i]])
            {
                hits++;
                sum += hits / (double)(i + 1);
            }
        }

        return sum / positives;
    }

    /// <summary>
    /// Share of violations among the top <paramref name="share"/> by score (at least one row). Rows tied at the cut
    /// count at their group's violation rate: the expected precision when ties are broken at random, so integer
    /// scores (the rule-only baseline) are not flattered or penalized by input order.
    /// </summary>
    public static double PrecisionAtTop(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double share)
    {
        var n = Math.Max(1, (int)Math.Round(scores.Count * share));
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        double hits = 0;
        var taken = 0;
        var k = 0;
        while (taken < n && k < order.Length)
        {
            var j = k;
            var groupHits = 0;
            while (j < order.Length && scores[order[j]] == scores[order[k]])
            {
                groupHits += labels[order[j]] ? 1 : 0;
                j++;
            }

            var groupSize = j - k;
            var use = Math.Min(groupSize, n - taken);
            hits += use * (groupHits / (double)groupSize);
            taken += use;
            k = j;
        }

        return hits / n;
    }

    /// <summary>Expected calibration error over equal-width probability bins: Σ (n_b / n)·|mean p − violation rate|.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, int bins = 10)
    {
        var count = new int[bins];
        var sumP = new double[bins];
        var sumY = new double[bins];
        for (var i = 0; i < probabilities.Count; i++)
        {
            var b = Math.Clamp((int)(probabilities[i] * bins), 0, bins - 1);
            count[b]++;
            sumP[b] += probabilities[i];
            sumY[b] += labels[i] ? 1 : 0;
        }

        double ece = 0;
        for (var b = 0; b < bins; b++)
        {
            if (count[b] > 0)
            {
                ece += count[b] / (double)probabilities.Count * Math.Abs((sumP[b] - sumY[b]) / count[b]);
            }
        }

        return ece;
    }
}
