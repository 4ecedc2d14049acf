using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Tests.Planning;

public class NoticePlannerTests
{
    private static readonly NoticeType[] All = [.. NoticeTypes.All];

    [Fact]
    public void Plan_ReturnsNoNotice_WhenEnterpriseIsCompliantWithNothingDue()
    {
        var quiet = SampleScreening.All.Where(r => r.Result.Outcome == Outcome.Compliant
            && r.Record is EnterpriseRecord { Permit: { } p } && p.ValidTo > SampleScreening.AsOf.AddDays(NoticePlanner.PermitRenewalDays)).ToArray();
        Assert.NotEmpty(quiet);

        var requests = NoticePlanner.Plan(quiet, SampleScreening.AsOf, All.Where(t => t != NoticeType.InspectionList).ToArray());

        Assert.Empty(requests);
    }

    [Fact]
    public void Plan_SendsNoRenewalLetter_WhenTheRenewalIsAlreadyFiled()
    {
        var expiring = SampleScreening.All.First(r => r.Record is EnterpriseRecord { Permit: { } p }
            && p.ValidTo.DayNumber - SampleScreening.AsOf.DayNumber is >= 0 and <= NoticePlanner.PermitRenewalDays);
        var enterprise = (EnterpriseRecord)expiring.Record;
        var filed = expiring with { Record = enterprise with { Permit = enterprise.Permit! with { RenewalAppliedOn = enterprise.Permit.ValidTo.AddDays(-90) } } };

        Assert.Single(NoticePlanner.Plan([expiring], SampleScreening.AsOf, [NoticeType.PermitRenewal]));
        Assert.Empty(NoticePlanner.Plan([filed], SampleScreening.AsOf, [NoticeType.PermitRenewal]));
    }

    [Fact]
    public void Plan_ReturnsNoOpinion_WhenProjectIsApproved()
    {
        var approved = SampleScreening.All.Where(r => r.Result.Outcome == Outcome.Approve).ToArray();
        Assert.NotEmpty(approved);

        Assert.Empty(NoticePlanner.Plan(approved, SampleScreening.AsOf, All));
    }

    [Fact]
    public void Plan_ListsBindingFindingsOnly_WhenEnterpriseIsNoncompliant()
    {
        var r = SampleScreening.Get("E-0000001");
        var request = Assert.Single(NoticePlanner.Plan([r], SampleScreening.AsOf, [NoticeType.Rectification]));

        Assert.All(request.Findings, f => Assert.NotEqual(Severity.Advisory, f.Severity));
        Assert.Equal(r.Result.Findings.Count(f => f.Severity != Severity.Advisory), request.Findings.Count);
        Assert.Equal("2026-11", request.Period);
    }

    [Theory]
    [InlineData(5, 7)]
    [InlineData(7, 7)]
    [InlineData(8, 30)]
    [InlineData(30, 30)]
    [InlineData(90, 90)]
    public void Plan_RemindsAtTheSmallestStage_WhenADeadlineIsAhead(int daysAhead, int stage)
    {
        var asOf = new DateOnly(2026, 6, 1);
        var deadline = asOf.AddDays(daysAhead);
        var request = Assert.Single(NoticePlanner.Plan([WithObligation(deadline)], asOf, [NoticeType.DeadlineReminder]));

        Assert.Equal(stage, request.ReminderStage);
        Assert.Equal($"{deadline:yyyy-MM-dd}@{stage}", request.Period);
    }

    [Fact]
    public void Plan_SendsNoReminder_WhenTheDeadlineIsMoreThan90DaysAhead()
    {
        var asOf = new DateOnly(2026, 6, 1);
        Assert.Empty(NoticePlanner.Plan([WithObligation(asOf.AddDays(91))], asOf, [NoticeType.DeadlineReminder]));
    }

    [Fact]
    public void Plan_OrdersInspectionListByScore_WhenScoresAreGiven()
    {
        var flagged = SampleScreening.All.Where(r => r.Record.City == "上饶市" && r.Result.Outcome is Outcome.Noncompliant or Outcome.Due).ToArray();
        var scores = flagged.Select((r, i) => (r.Record.Id, Score: (double)i)).ToDictionary(x => x.Id, x => x.Score);

        var list = Assert.Single(NoticePlanner.Plan(flagged, SampleScreening.AsOf, [NoticeType.InspectionList], scores));

        Assert.Equal(flagged.Reverse().Select(r => r.Record.Id), list.Entries.Select(e => e.Enterprise.Id));
    }

    private static ScreenedRecord WithObligation(DateOnly deadline)
    {
        var record = new EnterpriseRecord { Id = "E-R", Name = "提醒测试公司", IndustryCode = "3011", City = "南昌市", Permit = null };
        var finding = new Finding
        {
            RuleId = "T-01",
            Family = "t",
            Severity = Severity.Obligation,
            Message = new LocalizedText("应完成改造。", "Must retrofit."),
            Citation = new Citation { Document = "文件", Clause = "一", Quote = "原文" },
            Deadline = deadline,
        };
        var result = new EvaluationResult { RecordId = "E-R", Kind = "enterprise", Outcome = Outcome.Due, Findings = [finding], RuleSetVersion = "v", AsOf = deadline };
        return new ScreenedRecord(record, result);
    }
}
