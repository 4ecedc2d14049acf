using System.Globalization;
using System.Text;
using System.Text.Json;
using ComplianceEngine.Risk.Training;

namespace ComplianceEngine.Risk.Evaluation;

/// <summary>Writes the evaluation report as <c>report.json</c> and <c>report.md</c>.</summary>
public static class ReportWriter
{
    public static void Write(string dir, EvaluationReport report)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "report.json"), JsonSerializer.Serialize(report, RiskModel.JsonOptions));
        File.WriteAllText(Path.Combine(dir, "report.md"), Markdown(report));
    }

    public static string Markdown(EvaluationReport r)
    {
        var c = CultureInfo.InvariantCulture;
        static string F(MetricEstimate? e) => e is null ? "—" : string.Create(CultureInfo.InvariantCulture, $"{e.Value:F3} [{e.Lower:F3}, {e.Upper:F3}]");
        var s = new StringBuilder();
        s.AppendLine("# Risk model evaluation");
        s.AppendLine();
        s.AppendLine(c, $"Model `{r.ModelVersion}` ({r.Trainer}), on {r.Rows} inspections dated {r.TestFrom:yyyy-MM-dd} to before {r.TestBefore:yyyy-MM-dd} ");
        s.AppendLine(c, $"({r.Violations} with a violation), none of which the model saw. Intervals: 95% percentile bootstrap, {r.Resamples} resamples.");
        if (r.Ceiling is not null)
        {
            s.AppendLine();
            s.AppendLine("The data are synthetic: the ceiling ranks by the generator's true probability, the best any model could do.");
        }

        AppendLeakage(s, r);
        s.AppendLine();
        s.AppendLine("| metric | model | rule-only baseline | ceiling |");
        s.AppendLine("|---|---|---|---|");
        s.AppendLine(c, $"| ROC AUC | {F(r.Model["rocAuc"])} | {F(r.RuleBaseline["rocAuc"])} | {F(r.Ceiling?["rocAuc"])} |");
        s.AppendLine(c, $"| PR AUC | {F(r.Model["prAuc"])} | | |");
        s.AppendLine(c, $"| precision in the top 10% | {F(r.Model["precisionAt10"])} | {F(r.RuleBaseline["precisionAt10"])} | {F(r.Ceiling?["precisionAt10"])} |");
        s.AppendLine(c, $"| lift over random (top 10%) | {F(r.Model["liftOverRandom"])} | | |");
        s.AppendLine(c, $"| lift over the rule-only baseline (top 10%) | {F(r.Model["liftOverRuleBaseline"])} | | |");
        s.AppendLine(c, $"| expected calibration error (10 bins) | {F(r.Model["ece"])} | | {F(r.Ceiling?["ece"])} |");
        if (r.Model.TryGetValue("rocAucShareOfCeiling", out var share))
        {
            s.AppendLine(c, $"| ROC AUC ÷ ceiling's | {F(share)} | | |");
            s.AppendLine(c, $"| precision@10% ÷ ceiling's | {F(r.Model["precisionAt10ShareOfCeiling"])} | | |");
        }

        s.AppendLine();
        s.AppendLine("## Targets");
        s.AppendLine();
        s.AppendLine("| target | wanted | measured | met |");
        s.AppendLine("|---|---|---|---|");
        foreach (var t in r.Targets)
        {
            s.AppendLine(c, $"| {t.Name} | {t.Target} | {t.Measured} | {(t.Met ? "yes" : "no")} |");
        }

        s.AppendLine();
        var candidates = string.Join(", ", r.Candidates.Select(x => string.Create(c, $"{x.Trainer} {x.ValidationAuc:F4} ({x.Seconds:F1} s)")));
        s.AppendLine(c, $"Training: {r.TrainingRows} inspections; candidates (validation ROC AUC, fit time): {candidates}.");
        s.AppendLine("Speed targets (training on 200,000 enterprise-years, scoring 1,000,000) are measured by `bench … risk-targets`: docs/benchmarks.md.");
        s.AppendLine();
        foreach (var chart in r.Charts)
        {
            s.AppendLine(c, $"![{chart}]({chart})");
        }

        return s.ToString();
    }

    private static void AppendLeakage(StringBuilder s, EvaluationReport r)
    {
        if (r.LeakageRisk is { } risk)
        {
            s.AppendLine();
            s.AppendLine("## Leakage risk");
            s.AppendLine();
            s.AppendLine(risk);
        }
    }
}
