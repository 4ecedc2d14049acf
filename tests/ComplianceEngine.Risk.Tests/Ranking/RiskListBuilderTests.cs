using ComplianceEngine.Risk.Ranking;

namespace ComplianceEngine.Risk.Tests.Ranking;

public class RiskListBuilderTests
{
    private static IReadOnlyList<ScoredEnterprise> Scored()
    {
        var records = Fixture.PanelData.RecordsOf(2025);
        var features = Fixture.Extractor.ComputeAll(records, Fixture.Cutoff);
        var scores = Fixture.TrainedModel.Score(features);
        return [.. records.Select((r, i) => new ScoredEnterprise(r, features[i].Values, scores[i]))];
    }

    [Fact]
    public void Build_MarksExplorationShareDrawnFromTheRest_WhenExploreIsTenPercent()
    {
        var scored = Scored();
        var list = RiskListBuilder.Build(Fixture.TrainedModel, scored, null, 50, 0.1, seed: 5);

        Assert.Equal(50, list.Count);
        Assert.Equal(5, list.Count(e => e.Exploration));
        var topIds = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Record.Id, StringComparer.Ordinal).Take(45).Select(s => s.Record.Id).ToHashSet();
        Assert.All(list.Take(45), e => Assert.False(e.Exploration));
        Assert.All(list.Where(e => e.Exploration), e => Assert.DoesNotContain(e.EnterpriseId, topIds));
        Assert.Equal(Enumerable.Range(1, 50), list.Select(e => e.Rank));
        Assert.Equal(list.Count, list.Select(e => e.EnterpriseId).Distinct().Count());
    }

    [Fact]
    public void Build_DrawsDifferentExploration_WhenSeedChanges()
    {
        var scored = Scored();
        var a = RiskListBuilder.Build(Fixture.TrainedModel, scored, null, 40, 0.25, seed: 1).Where(e => e.Exploration).Select(e => e.EnterpriseId);
        var b = RiskListBuilder.Build(Fixture.TrainedModel, scored, null, 40, 0.25, seed: 2).Where(e => e.Exploration).Select(e => e.EnterpriseId);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Build_HasNoExploration_WhenShareIsZero()
    {
        var list = RiskListBuilder.Build(Fixture.TrainedModel, Scored(), null, 20, 0);

        Assert.DoesNotContain(list, e => e.Exploration);
        Assert.True(list.Zip(list.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Build_KeepsOnlyTheCity_WhenCityIsGiven()
    {
        var list = RiskListBuilder.Build(Fixture.TrainedModel, Scored(), "赣州市", 30);

        Assert.NotEmpty(list);
        Assert.All(list, e => Assert.Equal("赣州市", e.City));
    }

    [Fact]
    public void DrawBeside_DrawsTheShareOfTheWholeListFromOutsideTheTop_WhenNinetyAreRanked()
    {
        var scored = Scored();

        var drawn = RiskListBuilder.DrawBeside(scored, null, 90, 0.1, seed: 3);

        // 90 ranked places are 90% of a 100-place list: 10 are drawn, none from the 90 highest scores.
        Assert.Equal(10, drawn.Count);
        var topIds = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Record.Id, StringComparer.Ordinal).Take(90).Select(s => s.Record.Id).ToHashSet();
        Assert.All(drawn, id => Assert.DoesNotContain(id, topIds));
        Assert.Equal(drawn, RiskListBuilder.Build(Fixture.TrainedModel, scored, null, 100, 0.1, seed: 3).Where(e => e.Exploration).Select(e => e.EnterpriseId));
    }

    [Fact]
    public void DrawBeside_Throws_WhenTheShareIsTheWholeList()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskListBuilder.DrawBeside(Scored(), null, 10, 1, seed: 1));
    }
}
