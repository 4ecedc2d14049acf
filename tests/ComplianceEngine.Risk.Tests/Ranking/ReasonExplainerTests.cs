using ComplianceEngine.Risk.Features;
using ComplianceEngine.Risk.Ranking;

namespace ComplianceEngine.Risk.Tests.Ranking;

public class ReasonExplainerTests
{
    private static float[] Risky()
    {
        var v = new float[FeatureSchema.Count];
        v[FeatureSchema.IndexOf("history.violations3y")] = 2;
        v[FeatureSchema.IndexOf("permit.none")] = 1;
        v[FeatureSchema.IndexOf("findings.prohibition")] = 1;
        v[FeatureSchema.IndexOf("family.permits")] = 1;
        v[FeatureSchema.IndexOf("history.complaints12m")] = 3;
        v[FeatureSchema.IndexOf("history.creditRating")] = 1;
        v[FeatureSchema.IndexOf("city.赣州市")] = 1;
        return v;
    }

    [Fact]
    public void Explain_GivesChineseAndEnglishPhrases_WhenCausesRaiseTheScore()
    {
        var features = Risky();
        var score = Fixture.TrainedModel.Score([features])[0];

        var reasons = ReasonExplainer.Explain(Fixture.TrainedModel, [features], [score])[0];

        Assert.InRange(reasons.Count, 1, 3);
        Assert.Contains(reasons, r => r.Zh == "3年内2次行政处罚" && r.En == "2 penalties in 3 years");
        Assert.Contains(reasons, r => r.Zh == "无排污许可证" && r.En == "no pollutant discharge permit");
        Assert.True(reasons.Zip(reasons.Skip(1)).All(p => p.First.Contribution >= p.Second.Contribution));
        Assert.All(reasons, r => Assert.True(r.Contribution > 0));
    }

    [Fact]
    public void Explain_GivesNoReasons_WhenNothingApplies()
    {
        var clean = new float[FeatureSchema.Count];
        clean[FeatureSchema.IndexOf("permit.valid")] = 1;
        clean[FeatureSchema.IndexOf("history.creditRating")] = 1;

        var reasons = ReasonExplainer.Explain(Fixture.TrainedModel, [clean], Fixture.TrainedModel.Score([clean]))[0];

        Assert.Empty(reasons);
    }
}
