using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Exceedances;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening.Monitoring;

namespace ComplianceEngine.Screening.Tests.Monitoring;

/// <summary>
/// Hourly readings of a 20 t/h coal boiler judged through the real path (PostgreSQL readings, shipped catalog) by
/// GB 13271-2014: table 1 (在用, NOx 400) for a boiler commissioned before 2014-07-01, table 2 (新建, NOx 300) after.
/// </summary>
public sealed class LimitWindowsTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private static readonly Lazy<RuleSet> Shipped = new(() => RuleSetLoader.Load(RulesDirectory.Resolve(null)));
    private static readonly DateOnly AsOf = new(2025, 11, 30);
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static ComplianceRecord Boiler(string id, string? commissionedOn) =>
        RecordReader.Read($$"""
            {"kind":"enterprise","id":"{{id}}","name":"赣州某纺织有限公司","industryCode":"1713","city":"赣州市",
             "permit":{"number":"P1","managementClass":"key","validFrom":"2021-01-01","validTo":"2028-12-31","lastAnnualReportYear":2024},
             "facilities":[{"id":"GL-1","type":"boiler","fuel":"coal","capacityTph":20,{{(commissionedOn is null ? "" : $"\"commissionedOn\":\"{commissionedOn}\",")}}"onlineMonitoring":true}]}
            """, "test").Records.Single().Record!;

    private async Task<EvaluationResult> EvaluateAsync(string id, string? commissionedOn, double noxMgM3)
    {
        Assert.Equal(0, (await new Importer(db.DataSource).ImportAsync(_files.Write($"{id}.csv",
            $"enterpriseId,facilityId,pollutant,hour,concentrationMgM3\n{id},GL-1,NOx,2025-10-05T00:00:00+08:00,{noxMgM3}\n"))).Invalid);
        return await new RecordScreening(new ExceedanceQuery(db.DataSource), new AuditTrail(db.DataSource))
            .EvaluateAsync(Shipped.Value, Boiler(id, commissionedOn), AsOf);
    }

    [Fact]
    public async Task EvaluateAsync_FindsNoHourlyExceedance_WhenABoilerInUseSince2010IsWithinTable1()
    {
        var result = await EvaluateAsync("E-T-2010", "2010-05-01", 350);

        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Limit);
    }

    [Fact]
    public async Task EvaluateAsync_JudgesByTable2_WhenTheBoilerIsNew()
    {
        var result = await EvaluateAsync("E-T-2015", "2015-03-01", 350);

        var hourly = Assert.Single(result.Findings, f => f.RuleId == "LIM-HOURLY-01");
        Assert.Equal(300.0, (double)hourly.Facts["limitMgM3"]!);
        Assert.Equal(Outcome.Noncompliant, result.Outcome);
    }

    [Fact]
    public async Task EvaluateAsync_DecidesNothingOnTheStrictTable_WhenTheCommissioningDateIsUnknownAndTheValueIsBetween()
    {
        var result = await EvaluateAsync("E-T-NODATE-350", null, 350);

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "LIM-HOURLY-01");
    }

    [Fact]
    public async Task EvaluateAsync_FindsAnExceedanceOfEveryTable_WhenTheCommissioningDateIsUnknownAndTheValueIsAboveBoth()
    {
        var result = await EvaluateAsync("E-T-NODATE-450", null, 450);

        var hourly = Assert.Single(result.Findings, f => f.RuleId == "LIM-HOURLY-01");
        Assert.Equal(400.0, (double)hourly.Facts["limitMgM3"]!);
        Assert.Equal(Outcome.Noncompliant, result.Outcome);
    }

    [Fact]
    public async Task EvaluateAsync_FindsAMonthlyExceedanceOfEveryTable_WhenTheCommissioningDateIsUnknown()
    {
        var record = RecordReader.Read("""
            {"kind":"enterprise","id":"E-T-M","name":"赣州某纺织有限公司","industryCode":"1713","city":"赣州市",
             "permit":{"number":"P1","managementClass":"key","validFrom":"2021-01-01","validTo":"2028-12-31","lastAnnualReportYear":2024},
             "facilities":[{"id":"GL-1","type":"boiler","fuel":"coal","capacityTph":20,"onlineMonitoring":true}],
             "emissions":[{"facilityId":"GL-1","pollutant":"SO2","concentrationMgM3":450,"period":"2025-10"},
                          {"facilityId":"GL-1","pollutant":"SO2","concentrationMgM3":350,"period":"2025-09"}]}
            """, "test").Records.Single().Record!;

        var result = await RecordScreening.Offline.EvaluateAsync(Shipped.Value, record, AsOf);

        var exceedance = Assert.Single(result.Findings, f => f.RuleId == "LIM-STD-01" && f.Severity == Severity.Limit);
        Assert.Equal(("2025-10", 400.0), ((string?)exceedance.Facts["period"], (double)exceedance.Facts["limit"]!));
        var asked = Assert.Single(result.Findings, f => f.RuleId == "LIM-STD-01" && f.Severity == Severity.Missing);
        Assert.Contains("2025年9月SO2月均浓度350", asked.Message.Zh);
        Assert.Equal(Outcome.Noncompliant, result.Outcome);
    }

    [Fact]
    public void For_GivesNoStandardWindowBeforeTable1BindsBoilersInUse_WhenTheCommissioningDateIsUnknown()
    {
        var boiler = new Facility { Id = "GL-1", Type = "boiler", Fuel = "coal", CapacityTph = 20 };

        var nox = LimitWindows.For("赣州市", [boiler], LimitCatalog.From(Shipped.Value)).Where(w => w.Pollutant == "NOx").ToList();

        var window = Assert.Single(nox);
        Assert.Equal((400.0, new DateOnly(2016, 7, 1), (DateOnly?)null), (window.Limit.ValueMgM3, window.From, window.To));
    }
}
