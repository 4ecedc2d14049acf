using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Tests.Planning;

public class NoticePlannerTests
{
    private static readonly NoticeType[] All = [.. NoticeTypes.All];
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    [Fact]
    public void Plan_ReturnsNoNotice_WhenEnterpriseIsCompliantWithNothingDue()
    {
        var quiet = SampleScreening.All.Where(r => r.Result.Outcome == Outcome.Compliant
            && r.Record is EnterpriseRecord { Permit: { } p } && p.ValidTo > SampleScreening.AsOf.AddDays(NoticePlanner.PermitRenewalStages[^1])).ToArray();
        Assert.NotEmpty(quiet);

        Assert.Empty(NoticePlanner.Plan(quiet, SampleScreening.AsOf, [.. NoticeTypes.PerRecord]));
    }

    [Fact]
    public void Plan_GivesALetterAndNoDecision_WhenTheEnterpriseIsOnlyDue()
    {
        var due = SampleScreening.All.Where(r => r.Record is EnterpriseRecord && r.Result.Outcome == Outcome.Due).ToArray();
        Assert.NotEmpty(due);

        var requests = NoticePlanner.Plan(due, SampleScreening.AsOf, All);

        Assert.DoesNotContain(requests, r => r.Type == NoticeType.CorrectionDecision);
        Assert.Contains(requests, r => r.Type == NoticeType.SupervisionLetter);
    }

    [Fact]
    public void Plan_PutsOnlyViolationsOfLawInTheDecision_WhenAnEnterpriseHasBothKinds()
    {
        var both = SampleScreening.All.First(r => r.Result.Findings.Any(NoticePlanner.IsViolation)
            && r.Result.Findings.Any(f => f.Severity == Severity.Supervision));

        var decision = Assert.Single(NoticePlanner.Plan([both], SampleScreening.AsOf, [NoticeType.CorrectionDecision]));
        var letter = Assert.Single(NoticePlanner.Plan([both], SampleScreening.AsOf, [NoticeType.SupervisionLetter]));

        Assert.All(decision.Findings, f => Assert.Contains(f.Citation.BasisKind, new[] { BasisKind.Law, BasisKind.Regulation, BasisKind.Standard }));
        Assert.DoesNotContain(decision.Findings, f => f.Severity == Severity.Supervision);
        Assert.Empty(decision.Findings.Intersect(letter.Findings));
    }

    [Theory]
    [InlineData(Severity.Obligation, BasisKind.Regulation, true, NoticeType.CorrectionDecision)]
    [InlineData(Severity.Obligation, BasisKind.Regulation, false, NoticeType.SupervisionLetter)]
    [InlineData(Severity.Supervision, BasisKind.Plan, true, NoticeType.SupervisionLetter)]
    [InlineData(Severity.Limit, BasisKind.Standard, true, NoticeType.CorrectionDecision)]
    public void Plan_ChoosesTheKindFromTheFinding_WhenAnEnterpriseHasOneFinding(Severity severity, BasisKind basis, bool overdue, NoticeType expected)
    {
        var record = WithFinding(severity, basis, overdue ? AsOf.AddDays(-10) : AsOf.AddDays(20), overdue);

        var request = Assert.Single(NoticePlanner.Plan([record], AsOf, [.. NoticeTypes.PerRecord]));

        Assert.Equal(expected, request.Type);
    }

    [Fact]
    public void Plan_KeepsTheSameIdentity_WhenAnUnchangedEnterpriseIsPlannedInAnotherMonth()
    {
        var record = WithFinding(Severity.Obligation, BasisKind.Regulation, new DateOnly(2026, 3, 1), overdue: true);

        var june = Assert.Single(NoticePlanner.Plan([record], AsOf, [NoticeType.CorrectionDecision]));
        var august = Assert.Single(NoticePlanner.Plan([record], AsOf.AddMonths(2), [NoticeType.CorrectionDecision]));

        Assert.Equal(june.Period, august.Period);
        Assert.Equal(june.FindingSetHash, august.FindingSetHash);
        Assert.DoesNotContain("2026", june.Period, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(90, true)]
    [InlineData(91, false)]
    public void Plan_RemindsOfAnObligation_OnlyWhenItIsDueWithin90Days(int daysAhead, bool reminded)
    {
        var record = WithFinding(Severity.Obligation, BasisKind.Regulation, AsOf.AddDays(daysAhead), overdue: false);

        Assert.Equal(reminded, NoticePlanner.Plan([record], AsOf, [NoticeType.SupervisionLetter]).Count == 1);
    }

    [Theory]
    [InlineData(121, null)]
    [InlineData(120, 120)]
    [InlineData(91, 120)]
    [InlineData(90, 90)]
    [InlineData(71, 90)]
    [InlineData(70, 70)]
    [InlineData(61, 70)]
    [InlineData(60, null)]
    [InlineData(10, null)]
    public void Plan_SendsTheRenewalLetterAtItsStage_WhenThePermitExpiresInSomeDays(int daysLeft, int? stage)
    {
        var request = NoticePlanner.Plan([WithPermit(AsOf.AddDays(daysLeft), renewalAppliedOn: null)], AsOf, [NoticeType.PermitRenewal]).SingleOrDefault();

        Assert.Equal(stage, request?.ReminderStage);
    }

    [Fact]
    public void Plan_SendsNoRenewalLetter_WhenTheRenewalIsAlreadyFiled()
    {
        var validTo = AsOf.AddDays(100);

        Assert.Single(NoticePlanner.Plan([WithPermit(validTo, renewalAppliedOn: null)], AsOf, [NoticeType.PermitRenewal]));
        Assert.Empty(NoticePlanner.Plan([WithPermit(validTo, renewalAppliedOn: AsOf.AddDays(-3))], AsOf, [NoticeType.PermitRenewal]));
    }

    [Fact]
    public void Plan_GivesAProjectAtMostOneInstrument_WhenScreeningTheSample()
    {
        var projects = SampleScreening.All.Where(r => r.Record is ProjectRecord).ToArray();

        var requests = NoticePlanner.Plan(projects, SampleScreening.AsOf, All);

        Assert.All(requests.GroupBy(r => r.Subject.Id), g => Assert.Single(g));
        Assert.All(requests.Where(r => r.Type == NoticeType.RejectionDecision), r => Assert.All(r.Findings, f => Assert.True(NoticePlanner.IsGroundForRefusal(f))));
        Assert.All(requests.Where(r => r.Type == NoticeType.SupplementRequest), r => Assert.All(r.Findings, f => Assert.True(NoticePlanner.IsToSupply(f))));
        Assert.All(requests.Where(r => r.Type == NoticeType.ApprovalOpinion), r => Assert.DoesNotContain(r.Findings, NoticePlanner.IsToSupply));
        Assert.Contains(requests, r => r.Type == NoticeType.RejectionDecision);
        // A sample project lacking its energy review (a precondition under 条例第十一条) is refused, not asked for materials.
        Assert.Contains(requests, r => r.Type == NoticeType.RejectionDecision && r.Findings.Any(ProjectDecisions.IsPrecondition));
        Assert.DoesNotContain(requests, r => r.Type == NoticeType.SupplementRequest);
    }

    [Fact]
    public void For_DatesAProjectInstrumentTheDayItIsMade_WhenTheScreeningWasAsOfAnEarlierDate()
    {
        var rejected = SampleScreening.All.First(r => r.Record is ProjectRecord && r.Result.Outcome == Outcome.Reject);
        var madeOn = SampleScreening.AsOf.AddDays(400);

        var request = NoticePlanner.For(NoticeType.RejectionDecision, rejected, madeOn);

        Assert.Equal(madeOn, request?.AsOf);
        Assert.Equal(rejected.Result.Findings.Where(NoticePlanner.IsGroundForRefusal).Select(f => f.RuleId), request?.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Plan_ReturnsOneApprovalOpinionEach_WhenAProjectIsApprovedWithNothingToMeet()
    {
        var plain = SampleScreening.All.Where(r => r.Record is ProjectRecord && r.Result.Outcome == Outcome.Approve
            && r.Result.Findings.All(f => f.Severity == Severity.Advisory)).ToArray();
        Assert.NotEmpty(plain);

        var requests = NoticePlanner.Plan(plain, SampleScreening.AsOf, All);

        // The approval is the instrument: never nothing, and never anything else.
        Assert.Equal(plain.Select(r => r.Record.Id), requests.Select(r => r.Subject.Id));
        Assert.All(requests, r => Assert.Equal(NoticeType.ApprovalOpinion, r.Type));
        Assert.All(requests, r => Assert.Empty(r.Findings));
    }

    [Fact]
    public void Plan_OrdersInspectionListByScore_WhenScoresAreGiven()
    {
        var flagged = SampleScreening.All.Where(r => r.Record.City == "上饶市" && r.Result.Outcome is Outcome.Noncompliant or Outcome.Due).ToArray();
        var scores = flagged.Select((r, i) => (r.Record.Id, Score: (double)i)).ToDictionary(x => x.Id, x => x.Score);

        var list = Assert.Single(NoticePlanner.Plan(flagged, SampleScreening.AsOf, [NoticeType.InspectionList], scores));

        Assert.Equal(flagged.Reverse().Select(r => r.Record.Id), list.Entries.Select(e => e.Enterprise.Id));
    }

    [Fact]
    public void Plan_ListsDrawnEnterprisesLastAndMarked_WhenTheyAreCompliant()
    {
        var city = SampleScreening.All.Where(r => r.Record.City == "上饶市" && r.Record is EnterpriseRecord).ToArray();
        var drawn = city.Where(r => r.Result.Outcome == Outcome.Compliant).Take(2).Select(r => r.Record.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(2, drawn.Count);
        var flagged = city.Count(r => r.Result.Outcome is Outcome.Noncompliant or Outcome.Due);

        var list = Assert.Single(NoticePlanner.Plan(city, SampleScreening.AsOf, [NoticeType.InspectionList], drawnAtRandom: drawn));

        Assert.Equal(flagged + 2, list.Entries.Count);
        Assert.Equal(drawn.Order(StringComparer.Ordinal), list.Entries.Skip(flagged).Select(e => e.Enterprise.Id));
        Assert.All(list.Entries, e => Assert.Equal(drawn.Contains(e.Enterprise.Id), e.DrawnAtRandom));
    }

    private static ScreenedRecord WithPermit(DateOnly validTo, DateOnly? renewalAppliedOn)
    {
        var permit = new Permit { Number = "P-1", ManagementClass = "key", ValidFrom = validTo.AddYears(-5), ValidTo = validTo, RenewalAppliedOn = renewalAppliedOn };
        var record = new EnterpriseRecord { Id = "E-P", Name = "许可测试公司", IndustryCode = "3011", City = "南昌市", Permit = permit };
        return new ScreenedRecord(record, new EvaluationResult { RecordId = "E-P", Kind = "enterprise", Outcome = Outcome.Compliant, Findings = [], RuleSetVersion = "v", AsOf = AsOf });
    }

    private static ScreenedRecord WithFinding(Severity severity, BasisKind basis, DateOnly deadline, bool overdue)
    {
        var record = new EnterpriseRecord { Id = "E-R", Name = "提醒测试公司", IndustryCode = "3011", City = "南昌市", Permit = null };
        var finding = new Finding
        {
            RuleId = "T-01",
            Family = "t",
            Severity = severity,
            Message = new LocalizedText("应完成改造。", "Must retrofit."),
            Citation = new Citation { Document = "文件", Clause = "一", Quote = "原文", BasisKind = basis },
            Deadline = deadline,
            Overdue = overdue,
        };
        var outcome = overdue && basis != BasisKind.Plan ? Outcome.Noncompliant : Outcome.Due;
        var result = new EvaluationResult { RecordId = "E-R", Kind = "enterprise", Outcome = outcome, Findings = [finding], RuleSetVersion = "v", AsOf = AsOf };
        return new ScreenedRecord(record, result);
    }
}
