using ComplianceEngine.Rules.Parameters;
using ComplianceEngine.Screening.Monitoring;

namespace ComplianceEngine.Screening.Tests.Monitoring;

public sealed class ExceedanceFactsTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static LimitWindow Window(string regime, double value, DateOnly from, string title) => new("GL-1", "NOx", new EmissionLimit
    {
        Regime = regime, FacilityTypes = ["boiler"], Pollutant = "NOx", ValueMgM3 = value, From = from, Cities = [],
        Reference = new ParameterReference { Title = title, Number = "N-1" },
    }, from, null);

    [Fact]
    public void From_GivesEachMonthItsReadingsDaysAndGoverningRegime_WhenTwoMonthsExceed()
    {
        var windows = new[] { Window("standard", 200, new DateOnly(2014, 7, 1), "锅炉标准"), Window("ultra-low", 50, new DateOnly(2025, 3, 1), "超低意见") };
        var hours = new[]
        {
            new ExceedanceHour("GL-1", "NOx", new DateTimeOffset(2025, 2, 28, 23, 0, 0, China), 210, 200),
            new ExceedanceHour("GL-1", "NOx", new DateTimeOffset(2025, 3, 1, 0, 0, 0, China), 60, 50),
            new ExceedanceHour("GL-1", "NOx", new DateTimeOffset(2025, 3, 2, 5, 0, 0, China), 70, 50),
        };
        var report = new ExceedanceReport("E-1", default, default, hours,
            [new("GL-1", "NOx", new DateOnly(2025, 2, 28), 1, 210, 200), new("GL-1", "NOx", new DateOnly(2025, 3, 1), 1, 60, 50), new("GL-1", "NOx", new DateOnly(2025, 3, 2), 1, 70, 50)],
            [new("GL-1", "NOx", new DateOnly(2025, 2, 1), 1, 210, 200), new("GL-1", "NOx", new DateOnly(2025, 3, 1), 2, 70, 50)]);

        var months = ExceedanceFacts.From(report, windows);

        Assert.Equal([("standard", 1, 1, "锅炉标准 N-1"), ("ultra-low", 2, 2, "超低意见 N-1")], months.Select(m => (m.Regime, m.ExceedingHours, m.ExceedingDays, m.Standard)));
        Assert.Equal([60.0, 70.0], months[1].Readings.Select(r => r.ConcentrationMgM3));
        Assert.Equal((70.0, 50.0), (months[1].MaxConcentrationMgM3, months[1].LimitMgM3));
    }
}
