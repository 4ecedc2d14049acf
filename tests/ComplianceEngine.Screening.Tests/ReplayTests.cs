using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Exceedances;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Screening.Tests;

public sealed class ReplayTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private (RecordScreening Screening, Replay Replay, AuditTrail Trail) Room()
    {
        var trail = new AuditTrail(db.DataSource);
        var screening = new RecordScreening(new ExceedanceQuery(db.DataSource), trail);
        return (screening, new Replay(trail, screening), trail);
    }

    [Fact]
    public async Task ReplayAsync_GivesTheStoredResult_WhenCatalogFolderEditedAfterLoadingThenStored()
    {
        var folder = _files.CopyMinimalRules();
        var ruleSet = RuleSetLoader.Load(folder);
        // Edited before a reload: the limit rule becomes an obligation. The stored version must stay the loaded one.
        var limits = Path.Combine(folder, "catalog", "limits.json");
        await File.WriteAllTextAsync(limits, (await File.ReadAllTextAsync(limits)).Replace("\"limit\"", "\"obligation\"", StringComparison.Ordinal));
        await MinimalCatalog.ImportReadingsAsync(db, _files, "E-1", ("2025-10-01T08:00:00+08:00", 350));
        var (screening, replay, trail) = Room();

        var screened = await screening.ScreenAsync(ruleSet, MinimalCatalog.Steel("E-1", "completed", monthlyNox: 320), MinimalCatalog.AsOf);
        var replayed = await replay.ReplayAsync(screened.EvaluationId!.Value);

        var stored = (await trail.Evaluations.LoadAsync(screened.EvaluationId.Value))!;
        Assert.True(stored.Matches(replayed.Again), "the replayed evaluation differs from the stored one");
        Assert.Equal(ruleSet.Version, replayed.Again.RuleSetVersion);
        Assert.Contains(replayed.Again.Findings, f => f is { RuleId: "LIM-HOURLY-01", Severity: Core.Evaluation.Severity.Limit });
    }

    [Fact]
    public async Task ReplayAsync_GivesTheStoredResult_WhenRuleFolderIsGoneAndRecordChanged()
    {
        var ruleSet = RuleSetLoader.Load(_files.CopyMinimalRules());
        await MinimalCatalog.ImportReadingsAsync(db, _files, "R-1", ("2025-09-01T08:00:00+08:00", 320));
        var (screening, replay, trail) = Room();
        var original = await screening.ScreenAsync(ruleSet, MinimalCatalog.Steel("R-1", "in-progress"), MinimalCatalog.AsOf);
        await screening.ScreenAsync(ruleSet, MinimalCatalog.Steel("R-1", "completed"), MinimalCatalog.AsOf);
        Directory.Delete(ruleSet.Directory, recursive: true);

        var replayed = await replay.ReplayAsync(original.EvaluationId!.Value);

        var stored = (await trail.Evaluations.LoadAsync(original.EvaluationId.Value))!;
        Assert.True(stored.Matches(replayed.Again), "the replayed evaluation differs from the stored one");
        Assert.True(stored.Matches(original.Result));
        Assert.Contains(replayed.Again.Findings, f => f.RuleId == "ULE-T-01");
        Assert.Equal(2, (await trail.Evaluations.HistoryAsync("enterprise", "R-1")).Count);
    }

    [Fact]
    public async Task RuleSetAsync_LoadsAVersionOnce_WhenReplayedAgain()
    {
        var ruleSet = RuleSetLoader.Load(_files.CopyMinimalRules());
        var (screening, replay, _) = Room();
        var first = await screening.ScreenAsync(ruleSet, MinimalCatalog.Steel("C-1", "in-progress"), MinimalCatalog.AsOf);
        var second = await screening.ScreenAsync(ruleSet, MinimalCatalog.Steel("C-2", "in-progress"), MinimalCatalog.AsOf);

        var a = await replay.RuleSetAsync(first.Result.RuleSetVersion);
        await replay.ReplayAsync(second.EvaluationId!.Value);
        var b = await replay.RuleSetAsync(second.Result.RuleSetVersion);

        Assert.Same(a, b);
        Assert.NotSame(ruleSet, a);
        Assert.StartsWith("audit trail sha256:", a.Directory, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayAsync_Throws_WhenNoSuchEvaluation()
    {
        var (_, replay, _) = Room();

        await Assert.ThrowsAsync<KeyNotFoundException>(() => replay.ReplayAsync(long.MaxValue));
    }
}
