using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Notices.Authorities;

namespace ComplianceEngine.Notices.Instruments;

/// <summary>
/// Working days (工作日) as 《行政许可法》第八十二条 counts them: Monday to Friday, less the public holidays, plus the
/// weekend days made working days (调休上班), from <c>rules/notices/working-days.json</c>, which copies the 国务院办公厅
/// holiday notices year by year. Only the years it covers can be counted; outside them the answer is null, never a
/// guess from weekdays alone.
/// </summary>
public sealed class WorkingDayCalendar
{
    public const string FileName = "working-days.json";

    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;

    private WorkingDayCalendar(DateOnly from, DateOnly to, HashSet<DateOnly> holidays, HashSet<DateOnly> workdays)
    {
        (From, To, _holidays, _workdays) = (from, to, holidays, workdays);
    }

    /// <summary>The first and last day the calendar knows.</summary>
    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>Whether <paramref name="day"/> is a working day; null outside the calendar.</summary>
    public bool? IsWorkingDay(DateOnly day) =>
        day < From || day > To ? null
        : _workdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>
    /// The <paramref name="count"/>th working day after <paramref name="start"/> (the start day itself not counted, as
    /// periods are counted in Chinese law), or null when that day lies beyond the calendar.
    /// </summary>
    public DateOnly? AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var day = start;
        for (var n = 0; n < count;)
        {
            day = day.AddDays(1);
            switch (IsWorkingDay(day))
            {
                case null:
                    return null;
                case true:
                    n++;
                    break;
            }
        }

        return day;
    }

    public static WorkingDayCalendar Load(string noticesDirectory)
    {
        var path = Path.Combine(noticesDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new NoticeConfigurationException(path, "file not found");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            var covers = root.GetProperty("covers");
            var from = Day(covers.GetProperty("from"), path, "covers.from");
            var to = Day(covers.GetProperty("to"), path, "covers.to");
            HashSet<DateOnly> Days(string name) => [.. root.GetProperty(name).EnumerateArray().Select((d, i) =>
                Day(d, path, $"{name}[{i}]") is var day && day >= from && day <= to ? day : throw new NoticeConfigurationException(path, $"{name}[{i}]: {d} is outside covers"))];
            var holidays = Days("holidays");
            var workdays = Days("workdays");
            if (holidays.Overlaps(workdays))
            {
                throw new NoticeConfigurationException(path, "a day is listed both as a holiday and as a working day: " + string.Join(", ", holidays.Intersect(workdays).Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
            }

            return new WorkingDayCalendar(from, to, holidays, workdays);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new NoticeConfigurationException(path, e.Message, e);
        }
    }

    private static DateOnly Day(JsonElement e, string path, string where) =>
        DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new NoticeConfigurationException(path, $"{where}: '{e}' is not a date (yyyy-MM-dd)");
}
