using System.Globalization;
using ComplianceEngine.Notices.Authorities;
using ComplianceEngine.Notices.Instruments;

namespace ComplianceEngine.Notices.Tests.Instruments;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Load(RepositoryFiles.Notices);

    [Theory]
    // Received on a Spring Festival holiday (2026-02-15..23): the count starts on the 24th and takes the adjusted Saturday the 28th.
    [InlineData("2026-02-17", "2026-02-28")]
    // A plain week: Monday's receipt, five working days later is the next Monday.
    [InlineData("2026-11-23", "2026-11-30")]
    // National Day 2025 (10-01..08), then the adjusted Saturday 10-11 counts and Sunday does not.
    [InlineData("2025-09-30", "2025-10-14")]
    public void AddWorkingDays_SkipsHolidaysAndCountsAdjustedWorkdays_WhenThePeriodCrossesThem(string received, string expected)
    {
        Assert.Equal(Day(expected), Calendar.AddWorkingDays(Day(received), 5));
    }

    [Theory]
    [InlineData("2026-12-28")]
    [InlineData("2024-06-03")]
    public void AddWorkingDays_ReturnsNull_WhenThePeriodReachesADayTheCalendarDoesNotCover(string received)
    {
        Assert.Null(Calendar.AddWorkingDays(Day(received), 5));
    }

    [Fact]
    public void Load_NamesTheFileAndTheDay_WhenADayIsBothAHolidayAndAWorkday()
    {
        var folder = Directory.CreateTempSubdirectory("working-days-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, WorkingDayCalendar.FileName),
                """{"covers":{"from":"2026-01-01","to":"2026-12-31"},"holidays":["2026-10-10"],"workdays":["2026-10-10"]}""");

            var e = Assert.Throws<NoticeConfigurationException>(() => WorkingDayCalendar.Load(folder.FullName));

            Assert.Contains(WorkingDayCalendar.FileName, e.Message, StringComparison.Ordinal);
            Assert.Contains("2026-10-10", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static DateOnly Day(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
