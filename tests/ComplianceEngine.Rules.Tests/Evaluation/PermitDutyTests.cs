using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Rules.Tests.Evaluation;

/// <summary>
/// Permit duties of the shipped catalog judged as the law does (排污许可管理条例 第十四条, 第二十二条, 第二十四条;
/// 行政许可法 第五十条): by management class, with the due date on the finding, and no violation before it.
/// </summary>
public class PermitDutyTests
{
    private static EnterpriseRecord Textile(Permit permit, bool? onlineMonitoring = true) => new()
    {
        Id = "E-T", Name = "赣州某纺织有限公司", IndustryCode = "1713", City = "赣州市", Permit = permit,
        Facilities = [new Facility { Id = "C", Type = "coke-oven", OnlineMonitoring = onlineMonitoring }],
    };

    private static Permit Key(DateOnly validTo, int? lastReport = 2024, DateOnly? renewalAppliedOn = null) => new()
    {
        Number = "P1", ManagementClass = "key", ValidFrom = new(2021, 1, 1), ValidTo = validTo, LastAnnualReportYear = lastReport,
        RenewalAppliedOn = renewalAppliedOn,
    };

    private static Finding? Rule(EnterpriseRecord record, DateOnly asOf, string ruleId) =>
        Fixture.ShippedRuleSet.Evaluate(record, asOf).Findings.SingleOrDefault(f => f.RuleId == ruleId);

    [Fact]
    public void Evaluate_NamesTheReportsDueDate_WhenTheReportIsLate()
    {
        var record = Textile(Key(new DateOnly(2028, 12, 31)));

        Assert.Null(Rule(record, new DateOnly(2026, 1, 31), "PRM-REPORT-01"));
        var late = Rule(record, new DateOnly(2026, 2, 1), "PRM-REPORT-01")!;
        Assert.Equal((new DateOnly(2026, 1, 31), true), (late.Deadline, late.Overdue));
        Assert.Contains("应于2026年1月31日前提交", late.Message.Zh);
    }

    [Fact]
    public void Evaluate_KeepsALateRenewalApplicationDue_UntilThePermitExpires()
    {
        var record = Textile(Key(new DateOnly(2026, 1, 20), lastReport: 2025));

        var renew = Rule(record, new DateOnly(2025, 11, 30), "PRM-RENEW-01")!;
        Assert.Equal((Severity.Obligation, new DateOnly(2026, 1, 20), false), (renew.Severity, renew.Deadline, renew.Overdue));
        Assert.NotEqual(Outcome.Noncompliant, Fixture.ShippedRuleSet.Evaluate(record, new DateOnly(2025, 11, 30)).Outcome);
    }

    [Fact]
    public void Evaluate_TakesATimelyRenewalAsDeemedGranted_WhenThePermitHasExpired()
    {
        var record = Textile(Key(new DateOnly(2025, 11, 20), renewalAppliedOn: new DateOnly(2025, 8, 1)));

        var result = Fixture.ShippedRuleSet.Evaluate(record, new DateOnly(2025, 11, 30));

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "PRM-EXPIRED-01");
        Assert.Equal(Severity.Supervision, Assert.Single(result.Findings, f => f.RuleId == "PRM-RENEWED-01").Severity);
    }

    [Fact]
    public void Evaluate_GivesARegistrationFindingNotAPermitOne_WhenARegistrationLapses()
    {
        var registration = new Permit { Number = "R1", ManagementClass = "registration", ValidFrom = new(2020, 6, 1), ValidTo = new(2025, 5, 31) };

        var result = Fixture.ShippedRuleSet.Evaluate(Textile(registration), new DateOnly(2025, 11, 30));

        Assert.DoesNotContain(result.Findings, f => f.RuleId is "PRM-EXPIRED-01" or "PRM-REPORT-01" or "PRM-RENEW-01" or "PRM-ONLINE-01");
        var lapsed = Assert.Single(result.Findings, f => f.RuleId == "PRM-REGISTER-01");
        Assert.Contains(lapsed.Citation.Basis, b => b.Clause == "第二十四条");
        Assert.Equal((new DateOnly(2025, 5, 31), true), (lapsed.Deadline, lapsed.Overdue));
    }

    [Fact]
    public void Evaluate_AsksWhetherMonitoringIsInstalled_WhenTheRecordDoesNotSay()
    {
        var result = Fixture.ShippedRuleSet.Evaluate(Textile(Key(new DateOnly(2028, 12, 31), lastReport: 2025), onlineMonitoring: null), new DateOnly(2026, 3, 1));

        var online = Assert.Single(result.Findings, f => f.RuleId == "PRM-ONLINE-01");
        Assert.Equal(Severity.Missing, online.Severity);
        Assert.Equal(["facilities[].onlineMonitoring"], online.MissingFields);
        Assert.NotEqual(Outcome.Noncompliant, result.Outcome);
    }
}
