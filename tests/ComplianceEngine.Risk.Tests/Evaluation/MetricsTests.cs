using ComplianceEngine.Risk.Evaluation;

namespace ComplianceEngine.Risk.Tests.Evaluation;

public class MetricsTests
{
    private static readonly bool[] Labels = [true, true, false, false, false];

    [Fact]
    public void RocAuc_IsOne_WhenScoresSeparateClasses() => Assert.Equal(1.0, Metrics.RocAuc([0.9, 0.8, 0.3, 0.2, 0.1], Labels));

    [Fact]
    public void RocAuc_IsHalf_WhenAllScoresTie() => Assert.Equal(0.5, Metrics.RocAuc([1, 1, 1, 1, 1], Labels));

    [Fact]
    public void PrecisionAtTop_AveragesTheTieGroup_WhenCutFallsInsideTies()
    {
        // Top 40% = 2 rows, all five tied at the cut: expected precision is the overall rate.
        Assert.Equal(0.4, Metrics.PrecisionAtTop([1, 1, 1, 1, 1], Labels, 0.4), 10);
        Assert.Equal(1.0, Metrics.PrecisionAtTop([0.9, 0.8, 0.3, 0.2, 0.1], Labels, 0.4), 10);
    }

    [Fact]
    public void ExpectedCalibrationError_IsZero_WhenBinRatesMatchScores() =>
        Assert.Equal(0.0, Metrics.ExpectedCalibrationError([0.5, 0.5, 0.0, 0.0], [true, false, false, false]), 10);

    [Fact]
    public void Estimate_BracketsTheValue_WhenBootstrapped()
    {
        var scores = Enumerable.Range(0, 400).Select(i => (i % 10) / 10.0).ToArray();
        var labels = scores.Select((s, i) => (i * 7 % 10) / 10.0 < s).ToArray();
        var result = Bootstrap.Estimate(400, idx => new() { ["auc"] = Metrics.RocAuc([.. idx.Select(i => scores[i])], [.. idx.Select(i => labels[i])]) }, 200, 3);

        Assert.InRange(result["auc"].Value, result["auc"].Lower, result["auc"].Upper);
        Assert.True(result["auc"].Upper - result["auc"].Lower < 0.2);
    }
}
