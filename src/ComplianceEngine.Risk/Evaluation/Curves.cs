namespace ComplianceEngine.Risk.Evaluation;

/// <summary>Points of the ROC and lift curves drawn in the report.</summary>
public static class Curves
{
    /// <summary>(false positive rate, true positive rate), from (0,0) to (1,1).</summary>
    public static (double[] X, double[] Y) Roc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        double pos = labels.Count(l => l), neg = labels.Count - pos;
        var xs = new List<double> { 0 };
        var ys = new List<double> { 0 };
        double tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]])
            {
                tp++;
            }
            else
            {
                fp++;
            }

            if (k == order.Length - 1 || scores[order[k + 1]] != scores[order[k]])
            {
                xs.Add(fp / neg);
                ys.Add(tp / pos);
            }
        }

        return ([.. xs], [.. ys]);
    }

    /// <summary>(share inspected, lift = precision in that share ÷ overall violation rate), in 2% steps.</summary>
    public static (double[] X, double[] Y) Lift(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var rate = labels.Average(l => l ? 1.0 : 0.0);
        var xs = Enumerable.Range(1, 50).Select(i => i / 50.0).ToArray();
        return (xs, [.. xs.Select(x => Metrics.PrecisionAtTop(scores, labels, x) / rate)]);
    }
}
