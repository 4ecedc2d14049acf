using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Tests.Evaluation;

/// <summary>Supervision items and missing values never make a violation (docs/rule-format.md, ADR 0008).</summary>
public class OutcomePolicyTests
{
    [Theory]
    [InlineData(Severity.Supervision)]
    [InlineData(Severity.Missing)]
    public void ForEnterprise_IsDueNotNoncompliant_WhenOnlyASupervisionItemOrMissingValue(Severity severity)
    {
        Assert.Equal(Outcome.Due, OutcomePolicy.ForEnterprise([F(severity, overdue: true)]));
    }

    [Theory]
    [InlineData(Severity.Supervision)]
    [InlineData(Severity.Missing)]
    public void ForProject_IsConditionalNotReject_WhenOnlyASupervisionItemOrMissingValue(Severity severity)
    {
        Assert.Equal(Outcome.Conditional, OutcomePolicy.ForProject([F(severity, overdue: true)]));
    }

    [Fact]
    public void ForEnterprise_IsNoncompliant_WhenAnOverdueObligationSitsBesideASupervisionItem()
    {
        Assert.Equal(Outcome.Noncompliant, OutcomePolicy.ForEnterprise([F(Severity.Supervision, true), F(Severity.Obligation, true)]));
    }

    [Fact]
    public void ForEnterprise_StaysCompliant_WhenOnlyAnAdvisory()
    {
        Assert.Equal(Outcome.Compliant, OutcomePolicy.ForEnterprise([F(Severity.Advisory, false)]));
    }

    private static Finding F(Severity severity, bool overdue) => new()
    {
        RuleId = "T-01", Family = "t", Severity = severity, Overdue = overdue, Message = new LocalizedText("测试", "test"),
        Citation = new Citation { Document = "d", Clause = "c", Quote = "q" },
    };
}
