namespace ComplianceEngine.Risk.Evaluation;

/// <summary>Percentile bootstrap: resample rows with replacement, recompute every metric, take the 2.5% and 97.5% points.</summary>
public static class Bootstrap
{
    public static Dictionary<string, MetricEstimate> Estimate(int rows, Func<int[], Dictionary<string, double>> metrics, int resamples, int seed)
    {
        var full = metrics([.. Enumerable.Range(0, rows)]);
        var samples = full.Keys.ToDictionary(k => k, _ => new List<double>(resamples));
        var random = new Random(seed);
        for (var r = 0; r < resamples; r++)
        {
            var idx = new int[rows];
            for (var i = 0; i < rows; i++)
            {
                idx[i] = random.Next(rows);
            }

            foreach (var (name, value) in metrics(idx))
            {
                if (!double.IsNaN(value))
                {
                    samples[name].Add(value);
                }
            }
        }

        return full.ToDictionary(kv => kv.Key, kv =>
        {
            var sorted = samples[kv.Key].Order().ToArray();
            return sorted.Length == 0
                ? new MetricEstimate(kv.Value, double.NaN, double.NaN)
                : new MetricEstimate(kv.Value, Quantile(sorted, 0.025), Quantile(sorted, 0.975));
        });
    }

    private static double Quantile(double[] sorted, double q)
    {
        var pos = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }
}
