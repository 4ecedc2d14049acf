using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Rules.Tests.Evaluation;

/// <summary>
/// Issue 11 item 2: the ceramic-kiln enterprise of the issue is due (ULE-CERAMIC-01) as of 2025-06-30 in 赣州市, and
/// stays due whichever way the city is written; an invented city is invalid, never silently compliant.
/// </summary>
public class PlaceNameEvaluationTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    private static string Ceramics(string city) => $$"""
        {"kind":"enterprise","id":"M-1","name":"赣州虚构陶瓷公司","industryCode":"3071","city":{{city}},
         "permit":{"number":"P-M-1","managementClass":"key","validFrom":"2023-01-01","validTo":"2027-12-31","lastAnnualReportYear":2024},
         "facilities":[{"id":"YL-1","type":"ceramic-kiln","fuel":"gas","ultraLowStatus":"not-started","onlineMonitoring":true}]}
        """;

    [Theory]
    [InlineData("\"赣州市\"", false)]
    [InlineData("\"赣州\"", true)]
    [InlineData("\"赣州市\\u3000\"", true)]
    [InlineData("\" 赣州市\"", true)]
    [InlineData("\"贛州市\"", true)]
    [InlineData("\"江西省赣州市\"", true)]
    public void Evaluate_IsDueWithCityRule_WhenCityIsWrittenAnyWay(string city, bool noted)
    {
        var parsed = Assert.Single(RecordReader.Read(Ceramics(city), "m1.json").Records);

        var result = Fixture.ShippedRuleSet.Evaluate(parsed.Record!, AsOf);

        Assert.Equal(Outcome.Due, result.Outcome);
        Assert.Contains(result.Findings, f => f.RuleId == "ULE-CERAMIC-01");
        Assert.Equal(noted, result.Notes is { Count: 1 } notes && notes[0].Path == "$.city");
    }

    [Fact]
    public void Read_IsInvalid_WhenCityIsInvented()
    {
        var parsed = Assert.Single(RecordReader.Read(Ceramics("\"火星市\""), "m1.json").Records);

        var result = Fixture.ShippedRuleSet.Invalid(parsed.Id, parsed.Kind, parsed.Errors, AsOf);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        Assert.Contains("赣州市", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }
}
