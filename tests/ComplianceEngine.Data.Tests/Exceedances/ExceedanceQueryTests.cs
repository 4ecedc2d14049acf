using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Data.Exceedances;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Screening.Monitoring;

namespace ComplianceEngine.Data.Tests.Exceedances;

public sealed class ExceedanceQueryTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private const string Header = "enterpriseId,facilityId,pollutant,hour,concentrationMgM3\n";
    private static readonly DateOnly AsOf = new(2025, 10, 15);
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private async Task<ExceedanceReport> ReportFor(string id, string readings, string city = "九江市")
    {
        var summary = await new Importer(db.DataSource).ImportAsync(_files.Write($"{id}.csv", Header + readings.Replace("$", id, StringComparison.Ordinal)));
        Assert.Equal(0, summary.Invalid);
        var enterprise = ExceedanceFixture.Enterprise(id, city);
        var (from, to) = ChinaTime.TwelveMonthsUpTo(AsOf);
        return await new ExceedanceQuery(db.DataSource).FindAsync(id, LimitWindows.For(city, enterprise.Facilities, ExceedanceFixture.Catalog()), from, to);
    }

    [Fact]
    public async Task MonitoredAsync_NamesOnlyEnterprisesWithReadingsInTheWindow_WhenOthersHaveNoneOrOlderOnes()
    {
        await ReportFor("M-IN", "$,GL-1,NOx,2025-10-01T10:00:00+08:00,10\n");
        await ReportFor("M-OLD", "$,GL-1,NOx,2024-09-01T10:00:00+08:00,900\n");
        var (from, to) = ChinaTime.TwelveMonthsUpTo(AsOf);

        var monitored = await new ExceedanceQuery(db.DataSource).MonitoredAsync(["M-IN", "M-OLD", "M-NONE"], from, to);

        Assert.Equal(["M-IN"], monitored);
    }

    [Fact]
    public async Task FindAsync_CountsOnlyReadingsAboveTheLimit_WhenReadingEqualsLimit()
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
    public async Task FindAsync_GroupsByChinaLocalDayAndMonth_WhenUtcDateDiffers()
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
    public async Task FindAsync_KeepsTwelveMonthsUpToAsOf_WhenReadingsLieOutside()
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
    public async Task FindAsync_AppliesUltraLowLimitFromCompletion_WhenRetrofitCompleted()
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
    public async Task FindAsync_TakesTheStricterCityLimit_WhenCityHasOne()
    {
        var report = await ReportFor("C-1", """
            $,GL-2,NOx,2025-05-01T00:00:00+08:00,160
            """, city: "南昌市");

        Assert.Equal(150.0, Assert.Single(report.Hours).LimitMgM3);
    }
}
