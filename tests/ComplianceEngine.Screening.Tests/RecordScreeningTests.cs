using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Exceedances;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Screening.Tests;

public sealed class RecordScreeningTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private RecordScreening Stored() => new(new ExceedanceQuery(db.DataSource), new AuditTrail(db.DataSource));

    [Fact]
    public async Task ScreenAsync_SortsHourlyFindingsWithTheCatalogsOwn_WhenReadingsExceed()
    {
        var ruleSet = RuleSetLoader.Load(_files.CopyMinimalRules());
        await MinimalCatalog.ImportReadingsAsync(db, _files, "O-1", ("2025-10-01T08:00:00+08:00", 350));

        var screened = await Stored().ScreenAsync(ruleSet, MinimalCatalog.Steel("O-1", "in-progress", monthlyNox: 320), MinimalCatalog.AsOf);

        // Severity, then rule id, then facility: the monitoring finding no longer trails the sorted ones.
        Assert.Equal(["ULE-T-01", "LIM-HOURLY-01", "LIM-T-01"], screened.Result.Findings.Select(f => f.RuleId));
        Assert.Equal(Outcome.Noncompliant, screened.Result.Outcome);
        Assert.NotNull(screened.EvaluationId);
    }

    [Fact]
    public async Task EvaluateAsync_GivesOneFindingPerFacilityPollutantMonth_WithTheReadingsAndCatalogCitation()
    {
        var ruleSet = RuleSetLoader.Load(_files.CopyMinimalRules());
        await MinimalCatalog.ImportReadingsAsync(db, _files, "F-1",
            ("2025-09-10T08:00:00+08:00", 305), ("2025-10-01T08:00:00+08:00", 365), ("2025-10-01T09:00:00+08:00", 375), ("2025-10-03T09:00:00+08:00", 290));

        var result = await Stored().EvaluateAsync(ruleSet, MinimalCatalog.Steel("F-1", "completed"), MinimalCatalog.AsOf);

        var hourly = result.Findings.Where(f => f.RuleId == "LIM-HOURLY-01").ToList();
        Assert.Equal(["2025-09", "2025-10"], hourly.Select(f => (string?)f.Facts["month"]));
        var october = hourly[1];
        Assert.Equal(("limits", Severity.Limit, "SJ-1"), (october.Family, october.Severity, october.FacilityId));
        Assert.Equal((2, 1, 300.0), ((int)october.Facts["hours"]!, (int)october.Facts["days"]!, (double)october.Facts["limit"]!));
        Assert.Equal("钢铁烧结、球团工业大气污染物排放标准 GB 28662-2012", october.Facts["standard"]);
        var hours = Assert.IsAssignableFrom<IEnumerable<DateTimeOffset>>(october.Facts["readingHours"]);
        Assert.Equal([new DateTimeOffset(2025, 10, 1, 8, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.FromHours(8))], hours);
        Assert.Equal(("测试规划", "第二条"), (october.Citation.Document, october.Citation.Clause));
        Assert.Equal("NOx above 300 in 2 hours of 2025-10", october.Message.En);
    }

    [Fact]
    public async Task EvaluateAsync_FindsNoHourlyExceedance_WhenScreeningOffline()
    {
        var ruleSet = RuleSetLoader.Load(_files.CopyMinimalRules());
        await MinimalCatalog.ImportReadingsAsync(db, _files, "N-1", ("2025-10-01T08:00:00+08:00", 350));

        var result = await RecordScreening.Offline.EvaluateAsync(ruleSet, MinimalCatalog.Steel("N-1", "completed"), MinimalCatalog.AsOf);

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "LIM-HOURLY-01");
        Assert.Equal(Outcome.Compliant, result.Outcome);
    }
}
