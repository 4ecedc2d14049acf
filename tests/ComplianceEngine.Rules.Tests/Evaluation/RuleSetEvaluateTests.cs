using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Evaluation;

namespace ComplianceEngine.Rules.Tests.Evaluation;

public class RuleSetEvaluateTests
{
    private static readonly RuleSet Minimal = LoadMinimal();

    private static RuleSet LoadMinimal()
    {
        using var rules = Fixture.CopyMinimal();
        return RuleSetLoader.Load(rules.Directory);
    }

    private static EnterpriseRecord Steel(string city, string status = "in-progress", params Emission[] emissions) => new()
    {
        Id = "E-1", Name = "测试钢铁", IndustryCode = "3120", City = city,
        Permit = new Permit { Number = "X", ManagementClass = "key", ValidFrom = new(2022, 1, 1), ValidTo = new(2027, 1, 1) },
        Facilities = [new Facility { Id = "SJ-1", Type = "sintering", UltraLowStatus = status }],
        Emissions = emissions,
        Sectors = SectorMap.SectorsOf("3120", []),
    };

    private static ProjectRecord Project(double tph, bool builtUp = true) => new()
    {
        Id = "P-1", Name = "测试", IndustryCode = "2110", City = "南昌市", ConstructionType = "new", ApplicationDate = new(2025, 1, 1),
        Site = new ProjectSite { InEcologicalRedLine = false, InPermanentBasicFarmland = false, InCountyBuiltUpArea = builtUp, InChemicalPark = false },
        Facilities = [new Facility { Type = "boiler", Fuel = "coal", CapacityTph = tph }],
        Sectors = SectorMap.SectorsOf("2110", []),
    };

    private static Emission NOx(string period, double value) =>
        new() { FacilityId = "SJ-1", Pollutant = "NOx", ConcentrationMgM3 = value, Period = DateOnly.ParseExact(period + "-01", "yyyy-MM-dd") };

    [Fact]
    public void Evaluate_IsDue_WhenTheDeadlineIsAhead()
    {
        var result = Minimal.Evaluate(Steel("南昌市"), new DateOnly(2025, 6, 1));
        Assert.Equal(Outcome.Due, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("SJ-1", finding.FacilityId);
        Assert.Equal(new DateOnly(2025, 12, 31), finding.Deadline);
        Assert.False(finding.Overdue);
        Assert.Equal("设施SJ-1未完成超低排放改造(改造中),期限2025年12月31日", finding.Message.Zh);
        Assert.Equal("Facility SJ-1 is not ultra-low yet (in-progress); deadline 2025-12-31", finding.Message.En);
    }

    [Fact]
    public void Evaluate_IsNoncompliant_WhenTheStricterCityDeadlineHasPassed()
    {
        var result = Minimal.Evaluate(Steel("赣州市"), new DateOnly(2025, 6, 1));
        Assert.Equal(Outcome.Noncompliant, result.Outcome);
        Assert.Equal(new DateOnly(2024, 12, 31), Assert.Single(result.Findings).Deadline);
    }

    [Fact]
    public void Evaluate_NamesEachConditionInChineseBesideEnglish_InTheFindingsTrace()
    {
        var result = Minimal.Evaluate(Steel("南昌市"), new DateOnly(2025, 6, 1));

        var traces = result.Findings.SelectMany(f => f.Conditions).ToArray();
        Assert.NotEmpty(traces);
        Assert.All(traces, t => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", t.NameZh!));
    }

    [Fact]
    public void Check_RefusesAConditionWithoutItsChineseName()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", " \"Properties\": {\"zh\": \"燃煤锅炉\"},", "");

        var issues = RuleSetLoader.Check(rules.Directory).Issues;

        Assert.Contains(issues, i => i.Location is { } l && l.StartsWith("SIT-T-01", StringComparison.Ordinal) && l.EndsWith("].Properties", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_NamesVersionAndAsOf_OnEveryResult()
    {
        var result = Minimal.Evaluate(Steel("南昌市", "completed"), new DateOnly(2025, 6, 1));
        Assert.Equal(Outcome.Compliant, result.Outcome);
        Assert.Equal(Minimal.Version, result.RuleSetVersion);
        Assert.Equal(new DateOnly(2025, 6, 1), result.AsOf);
    }

    [Fact]
    public void Evaluate_ReportsHeldConditionsAndFacts_WhenProhibitionFires()
    {
        var result = Minimal.Evaluate(Project(35), new DateOnly(2025, 6, 1));
        Assert.Equal(Outcome.Reject, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("facilities[0]", finding.FacilityId);
        Assert.Equal(["coal-fired boiler", "at or below the size threshold", "in a county-level built-up area"], finding.Conditions.Select(c => c.Name));
        Assert.All(finding.Conditions, c => Assert.True(c.Held));
        Assert.Equal(35.0, finding.Facts["capacity"]);
        Assert.Equal("建成区内新建35蒸吨/小时燃煤锅炉", finding.Message.Zh);
    }

    [Fact]
    public void Evaluate_MarksNoProjectFindingOverdue_WhenAProhibitionOrConditionApplies()
    {
        var projects = Fixture.ShippedRuleSet.Evaluate(Project(35), new DateOnly(2025, 6, 1)).Findings
            .Concat(Minimal.Evaluate(Project(35), new DateOnly(2025, 6, 1)).Findings).ToArray();

        Assert.NotEmpty(projects);
        Assert.All(projects, f => Assert.False(f.Overdue, $"{f.RuleId}: an application has no deadline to miss"));
    }

    [Theory]
    [InlineData(36, true)]
    [InlineData(10, false)]
    public void Evaluate_Approves_WhenAnyConditionFails(double tph, bool builtUp)
    {
        Assert.Equal(Outcome.Approve, Minimal.Evaluate(Project(tph, builtUp), new DateOnly(2025, 6, 1)).Outcome);
    }

    [Fact]
    public void Evaluate_Ignores_RulesNotYetInForce()
    {
        Assert.Empty(Minimal.Evaluate(Project(35), new DateOnly(2021, 11, 15)).Findings);
        Assert.Single(Minimal.Evaluate(Project(35), new DateOnly(2021, 11, 16)).Findings);
    }

    [Fact]
    public void Evaluate_CountsEmissions_OnlyInTheTwelveCompleteMonthsBeforeAsOf()
    {
        // As of 2026-03-01 the window is 2025-03..2026-02: March 2026 is under way, 2025-02 has left.
        var record = Steel("南昌市", "completed", NOx("2025-02", 450), NOx("2025-03", 400), NOx("2025-04", 310), NOx("2026-03", 305), NOx("2026-04", 500));
        var result = Minimal.Evaluate(record, new DateOnly(2026, 3, 1));
        Assert.Equal(Outcome.Noncompliant, result.Outcome);
        Assert.Equal([400.0, 310.0], result.Findings.Select(f => (double)f.Facts["value"]!).Order().Reverse());
    }

    [Fact]
    public void EvaluateAll_GivesTheSameResultsAsOneByOne_InInputOrder()
    {
        var records = Enumerable.Range(0, 5000)
            .Select(i => (ComplianceRecord)(i % 2 == 0 ? Steel(i % 3 == 0 ? "赣州市" : "南昌市") with { Id = $"E-{i}" } : Project(30 + (i % 10)) with { Id = $"P-{i}" }))
            .ToArray();
        var asOf = new DateOnly(2025, 6, 1);
        var batch = Minimal.EvaluateAll(records, asOf);
        var single = records.Select(r => Minimal.Evaluate(r, asOf)).ToArray();
        Assert.Equal(JsonSerializer.Serialize(single, ResultJson.Compact), JsonSerializer.Serialize(batch, ResultJson.Compact));
        Assert.Equal(records.Select(r => r.Id), batch.Select(r => r.RecordId));
    }

    [Fact]
    public void EvaluateAll_ReturnsNoResults_WhenBatchIsEmpty()
    {
        // An empty or all-invalid file hands the evaluator nothing; Partitioner.Create used to throw on the empty range.
        Assert.Empty(Minimal.EvaluateAll([], new DateOnly(2025, 6, 30)));
    }

    [Fact]
    public async Task Evaluate_AgreesWithRulesEngine_OnWhatFires()
    {
        var asOf = new DateOnly(2026, 3, 1);
        ComplianceRecord[] records = [Project(35), Project(36), Steel("赣州市"), Steel("南昌市", "completed", NOx("2026-01", 320), NOx("2026-02", 200))];
        foreach (var record in records)
        {
            var ours = Minimal.Evaluate(record, asOf).Findings.Select(f => f.FacilityId is null ? f.RuleId : $"{f.RuleId}@{f.FacilityId}").ToHashSet();
            var reference = await RulesEngineReference.FiredAsync(Minimal, record, asOf);
            Assert.Equal(reference.Order(StringComparer.Ordinal), ours.Order(StringComparer.Ordinal));
        }
    }
}
