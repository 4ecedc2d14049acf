using ScottPlot;

namespace ComplianceEngine.Risk.Evaluation;

/// <summary>PNG charts of the evaluation (ScottPlot): ROC curves and lift curves of the model, the rule-only baseline and, on synthetic data, the ceiling.</summary>
public static class ChartWriter
{
    public static IReadOnlyList<string> Write(string dir, IReadOnlyList<bool> labels, IReadOnlyList<(string Name, double[] Scores)> series)
    {
        var roc = new Plot();
        var lift = new Plot();
        foreach (var (name, scores) in series)
        {
            var (rx, ry) = Curves.Roc(scores, labels);
            var r = roc.Add.ScatterLine(rx, ry);
            r.LegendText = name;
            var (lx, ly) = Curves.Lift(scores, labels);
            var l = lift.Add.ScatterLine(lx, ly);
            l.LegendText = name;
        }

        var chance = roc.Add.ScatterLine(new double[] { 0, 1 }, new double[] { 0, 1 });
        chance.LegendText = "random";
        chance.LinePattern = LinePattern.Dashed;
        roc.Title("ROC curve (held-out inspections)");
        roc.XLabel("false positive rate");
        roc.YLabel("true positive rate");
        roc.ShowLegend(Alignment.LowerRight);

        var one = lift.Add.HorizontalLine(1);
        one.LinePattern = LinePattern.Dashed;
        lift.Title("Lift curve (held-out inspections)");
        lift.XLabel("share inspected, highest scores first");
        lift.YLabel("violation rate ÷ overall rate");
        lift.ShowLegend(Alignment.UpperRight);

        Directory.CreateDirectory(dir);
        var rocPath = Path.Combine(dir, "roc.png");
        var liftPath = Path.Combine(dir, "lift.png");
        roc.SavePng(rocPath, 800, 600);
        lift.SavePng(liftPath, 800, 600);
        return ["roc.png", "lift.png"];
    }
}
