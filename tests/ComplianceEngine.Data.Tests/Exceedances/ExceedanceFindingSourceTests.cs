using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Data.Exceedances;
using ComplianceEngine.Data.Import;

namespace ComplianceEngine.Data.Tests.Exceedances;

public sealed class ExceedanceFindingSourceTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private const string Header = "enterpriseId,facilityId,pollutant,hour,concentrationMgM3\n";
    private static readonly DateOnly AsOf = new(2025, 10, 15);
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private async Task<ExceedanceReport> ReportFor(string id, string readings, string city = "九江市")
    {
        var summary = await new Importer(db.DataSource).ImportAsync(_files.Write($"{id}.csv", Header + readings.Replace("$", id, StringComparison.Ordinal)));
        Assert.Equal(0, summary.Invalid);
        var source = new ExceedanceFindingSource(db.DataSource, ExceedanceFixture.Catalog());
        return await source.ReportAsync(ExceedanceFixture.Enterprise(id, city), AsOf);
    }

    [Fact]
    public async Task ReportAsync_CountsOnlyReadingsAboveTheLimit_WhenReadingEqualsLimit()
    {
        var report = await ReportFor("H-1", """
            $,GL-1,NOx,2025-10-01T10:00:00+08:00,50
            $,GL-1,NOx,2025-10-01T11:00:00+08:00,50.1
            $,GL-1,SO2,2025-10-01T11:00:00+08:00,900
            """);

        var hour = Assert.Single(report.Hours);
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 11, 0, 0, TimeSpan.FromHours(8)), hour.Hour);
        Assert.Equal((50.1, 50.0), (hour.ConcentrationMgM3, hour.LimitMgM3));
    }

    [Fact]
    public async Task ReportAsync_GroupsByChinaLocalDayAndMonth_WhenUtcDateDiffers()
    {
        // 2025-09-30T16:00Z is 2025-10-01 00:00 in China: October, not September; 15:00Z is still September.
        var report = await ReportFor("D-1", """
            $,GL-1,NOx,2025-09-30T15:00:00Z,70
            $,GL-1,NOx,2025-09-30T16:00:00Z,80
            $,GL-1,NOx,2025-10-01T23:00:00+08:00,90
            $,GL-1,NOx,2025-10-02T00:00:00+08:00,60
            """);

        Assert.Equal(
            [(new DateOnly(2025, 9, 30), 1), (new DateOnly(2025, 10, 1), 2), (new DateOnly(2025, 10, 2), 1)],
            report.Days.Select(d => (d.Start, d.Hours)));
        Assert.Equal(
            [(new DateOnly(2025, 9, 1), 1, 70.0), (new DateOnly(2025, 10, 1), 3, 90.0)],
            report.Months.Select(m => (m.Start, m.Hours, m.MaxConcentrationMgM3)));
    }

    [Fact]
    public async Task ReportAsync_KeepsTwelveMonthsUpToAsOf_WhenReadingsLieOutside()
    {
        // As of 2025-10-15 the window is 2024-11-01 00:00 to 2025-10-16 00:00, China time.
        var report = await ReportFor("W-1", """
            $,GL-2,NOx,2024-10-31T23:00:00+08:00,500
            $,GL-2,NOx,2024-10-31T16:00:00Z,510
            $,GL-2,NOx,2025-10-15T23:00:00+08:00,520
            $,GL-2,NOx,2025-10-15T16:00:00Z,530
            """);

        Assert.Equal([510.0, 520.0], report.Hours.Select(h => h.ConcentrationMgM3));
        Assert.Equal([new DateOnly(2024, 11, 1), new DateOnly(2025, 10, 1)], report.Months.Select(m => m.Start));
    }

    [Fact]
    public async Task ReportAsync_AppliesUltraLowLimitFromCompletion_WhenRetrofitCompleted()
    {
        var report = await ReportFor("U-1", """
            $,GL-1,NOx,2025-02-28T23:00:00+08:00,150
            $,GL-1,NOx,2025-03-01T00:00:00+08:00,60
            $,GL-2,NOx,2025-03-01T00:00:00+08:00,150
            $,GL-2,NOx,2025-03-01T01:00:00+08:00,201
            """);

        Assert.Equal([("GL-1", 60.0, 50.0), ("GL-2", 201.0, 200.0)], report.Hours.Select(h => (h.FacilityId, h.ConcentrationMgM3, h.LimitMgM3)));
    }

    [Fact]
    public async Task ReportAsync_TakesTheStricterCityLimit_WhenCityHasOne()
    {
        var report = await ReportFor("C-1", """
            $,GL-2,NOx,2025-05-01T00:00:00+08:00,160
            """, city: "南昌市");

        Assert.Equal(150.0, Assert.Single(report.Hours).LimitMgM3);
    }

    [Fact]
    public async Task FindingsAsync_ReturnsOneLimitFindingPerFacilityPollutantMonth_WithTheReadings()
    {
        await new Importer(db.DataSource).ImportAsync(_files.Write("f.csv", Header + """
            F-1,GL-1,NOx,2025-09-10T08:00:00+08:00,55
            F-1,GL-1,NOx,2025-10-01T08:00:00+08:00,65
            F-1,GL-1,NOx,2025-10-01T09:00:00+08:00,75
            F-1,GL-1,NOx,2025-10-03T09:00:00+08:00,45
            """));
        var source = new ExceedanceFindingSource(db.DataSource, ExceedanceFixture.Catalog());

        var findings = await source.FindingsAsync(ExceedanceFixture.Enterprise("F-1"), AsOf);

        Assert.Equal(2, findings.Count);
        var october = findings.Single(f => (string?)f.Facts["month"] == "2025-10");
        Assert.Equal(("LIM-HOURLY-01", "limits", Severity.Limit, "GL-1"), (october.RuleId, october.Family, october.Severity, october.FacilityId));
        Assert.Equal((2, 1, 75.0), ((int)october.Facts["exceedingHours"]!, (int)october.Facts["exceedingDays"]!, (double)october.Facts["maxConcentrationMgM3"]!));
        var readings = Assert.IsType<List<Dictionary<string, object?>>>(october.Facts["readings"]);
        Assert.Equal(["2025-10-01T08:00:00+08:00", "2025-10-01T09:00:00+08:00"], readings.Select(r => (string?)r["hour"]));
        Assert.Equal("环大气〔2019〕35号", october.Citation.DocumentNumber);
        Assert.Equal("环大气〔2019〕35号", Assert.Single(october.Citation.Basis).Number);
        Assert.Equal(Outcome.Noncompliant, OutcomePolicy.ForEnterprise(findings));
    }

    [Fact]
    public async Task FindingsAsync_ReadsFacilitiesFromStoredRecord_WhenGivenOnlyTheId()
    {
        await new Importer(db.DataSource).ImportAsync(_files.Write("s.json", """
            [{"kind":"enterprise","id":"S-1","name":"某公司","industryCode":"4411","city":"九江市","permit":null,
              "facilities":[{"id":"GL-1","type":"boiler","fuel":"coal","ultraLowStatus":"completed","ultraLowCompletedOn":"2023-09-30"}]}]
            """));
        await new Importer(db.DataSource).ImportAsync(_files.Write("s.csv", Header + "S-1,GL-1,NOx,2025-10-01T08:00:00+08:00,51\n"));
        var source = new ExceedanceFindingSource(db.DataSource, ExceedanceFixture.Catalog());

        var findings = await source.FindingsAsync("S-1", AsOf);

        Assert.Equal(50.0, (double)Assert.Single(findings).Facts["limitMgM3"]!);
        Assert.Empty(await source.FindingsAsync("NO-SUCH", AsOf));
    }
}
