using System.Text.Json;
using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Data.Tests.Audit;

public sealed class EvaluationJsonTests
{
    private static readonly DateTimeOffset FirstHour = new(2025, 9, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static JsonElement ReadingHoursFinding(int hours)
    {
        using var stored = JsonDocument.Parse(StoredFindings(hours));
        return stored.RootElement.EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "LIM-HOURLY-01").GetProperty("facts").Clone();
    }

    private static string StoredFindings(int hours)
    {
        var ruleSet = RuleSetLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal-rules"));
        var record = RecordReader.Read("""
            {"kind":"enterprise","id":"CAP-1","name":"测试钢铁","industryCode":"3120","city":"南昌市",
             "permit":{"number":"X-1","managementClass":"key","validFrom":"2022-01-01","validTo":"2027-01-01"},
             "facilities":[{"id":"SJ-1","type":"sintering","ultraLowStatus":"completed"}]}
            """, "test").Records.Single().Record!;
        var month = new ExceedanceMonth
        {
            FacilityId = "SJ-1", Pollutant = "NOx", Month = new DateOnly(2025, 9, 1), ExceedingHours = hours, ExceedingDays = 5,
            MaxConcentrationMgM3 = 80, LimitMgM3 = 50, Regime = "standard",
            Readings = [.. Enumerable.Range(0, hours).Select(h => new ExceedanceReading(FirstHour.AddHours(h), 60, 50))],
        };
        var result = ruleSet.Evaluate(record, new DateOnly(2025, 10, 15), [month]);
        return EvaluationJson.Findings(result.Findings);
    }

    [Fact]
    public void ReadFindings_GivesFactsAsPlainValues_WhenReadBackFromTheTrail()
    {
        var finding = EvaluationJson.ReadFindings(StoredFindings(100)).Single(f => f.RuleId == "LIM-HOURLY-01");

        Assert.Equal("NOx", finding.Facts["pollutant"]);
        Assert.Equal(50.0, Convert.ToDouble(finding.Facts["limit"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(100L, finding.Facts["hours"]);
        Assert.Equal(100L - EvaluationJson.StoredListCap, finding.Facts["readingHoursOmitted"]);
        Assert.Equal(EvaluationJson.StoredListCap, Assert.IsType<List<object?>>(finding.Facts["readingHours"]).Count);
        Assert.DoesNotContain(finding.Facts.Values, v => v is JsonElement);
    }

    [Fact]
    public void ParseOutcome_RefusesByName_WhenTheTextIsNoOutcome()
    {
        Assert.Equal(Core.Evaluation.Outcome.Noncompliant, EvaluationJson.ParseOutcome("noncompliant"));
        Assert.Contains("'Non-compliant'", Assert.Throws<FormatException>(() => EvaluationJson.ParseOutcome("Non-compliant")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_KeepsTheFirstHoursAndCountsTheRest_WhenAMonthHasMoreExceedingHoursThanTheCap()
    {
        var facts = ReadingHoursFinding(100);

        var hours = facts.GetProperty("readingHours").EnumerateArray().Select(h => h.GetDateTimeOffset()).ToList();
        Assert.Equal(EvaluationJson.StoredListCap, hours.Count);
        Assert.Equal(FirstHour, hours[0]);
        Assert.Equal(FirstHour.AddHours(EvaluationJson.StoredListCap - 1), hours[^1]);
        Assert.Equal(100 - EvaluationJson.StoredListCap, facts.GetProperty("readingHoursOmitted").GetInt32());
        Assert.Equal(100, facts.GetProperty("hours").GetInt32());
    }

    [Fact]
    public void Findings_KeepsEveryHourAndNoCount_WhenTheListFitsTheCap()
    {
        var facts = ReadingHoursFinding(EvaluationJson.StoredListCap);

        Assert.Equal(EvaluationJson.StoredListCap, facts.GetProperty("readingHours").GetArrayLength());
        Assert.False(facts.TryGetProperty("readingHoursOmitted", out _));
    }
}
