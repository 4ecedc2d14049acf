using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Tests.Rendering;

/// <summary>
/// Each instrument fits the facts of the party it is addressed to: an approved project gets its 审批意见 even with no
/// requirement of its own, and an enterprise without a permit is never told to act "按排污许可证".
/// </summary>
public sealed class InstrumentFactsTests
{
    private static readonly DateOnly AsOf = SampleScreening.AsOf;

    [Theory]
    [InlineData("zh", "可予批准", "同时设计、同时施工、同时投产使用")]
    [InlineData("en", "may be approved", "designed, built and commissioned together with the main works")]
    public void Render_ApprovesWithTheStandingRequirements_WhenAnApprovedProjectHasNoRequirementOfItsOwn(string lang, string approval, string threeSimultaneities)
    {
        var plain = SampleScreening.All.Select(RegisterDetails.Complete).First(r => r.Record is ProjectRecord
            && r.Result.Outcome == Outcome.Approve && r.Result.Findings.All(f => f.Severity == Severity.Advisory));

        var request = Assert.Single(NoticePlanner.Plan([plain], AsOf, [.. NoticeTypes.PerRecord]));
        var text = SampleInstruments.Renderer.Value.Render(request, lang, 1, draft: true).Text!;

        Assert.Equal(NoticeType.ApprovalOpinion, request.Type);
        Assert.Contains(approval, text, StringComparison.Ordinal);
        Assert.Contains(threeSimultaneities, text, StringComparison.Ordinal);
        Assert.Contains(((ProjectRecord)plain.Record).Builder!.Name, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "排污许可证规定", "第三十三条")]
    [InlineData("en", "as the permit requires", "Article 33")]
    public void Render_NeverOrdersActionUnderAPermit_WhenTheEnterpriseHoldsNone(string lang, string underThePermit, string penaltyArticle)
    {
        var unpermitted = SampleScreening.All.Select(RegisterDetails.Complete)
            .Where(r => r.Record is EnterpriseRecord { Permit: null } && r.Result.Findings.Any(NoticePlanner.IsViolation)).ToArray();
        Assert.NotEmpty(unpermitted);

        foreach (var r in unpermitted)
        {
            var request = NoticePlanner.For(NoticeType.CorrectionDecision, r, AsOf)!;
            var text = SampleInstruments.Renderer.Value.Render(request, lang, 1, draft: true).Text!;

            Assert.DoesNotContain(underThePermit, text, StringComparison.Ordinal);
            // Told what to do instead: stop discharging, obtain a permit, and under which article it is otherwise dealt with.
            Assert.Contains(penaltyArticle, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    // Received the Friday before the sample's as-of date: within five working days (by 2026-11-27), a 补正 told at once.
    [InlineData("2026-11-20", "补正材料通知书", "五个工作日内（2026年11月27日前）一次告知需要补正的全部内容")]
    // Received in the Spring Festival: the five working days ended on the adjusted Saturday 2026-02-28; accepted by law since receipt.
    [InlineData("2026-02-17", "补充材料通知书", "五个工作日已于2026年2月28日届满，你单位的申请自2026年2月17日起即为受理")]
    // Before the holiday calendar: not counted, and the notice says so and what the law does if it passed.
    [InlineData("2024-06-03", "补正材料通知书", "未能核算；该期限已过的，依照该项规定，申请自收到申请材料之日起即为受理")]
    public void Render_WordsTheSupplementNoticeByTheFiveWorkingDays_WhenTheApplicationWasReceivedOnADate(string received, string title, string wording)
    {
        var (request, _) = SampleInstruments.Of(NoticeType.SupplementRequest);
        var project = (ProjectRecord)request.Subject.Record! with
        {
            ApplicationDate = DateOnly.ParseExact(received, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };

        var text = SampleInstruments.Renderer.Value.Render(request with { Subject = NoticeSubject.Of(project) }, "zh", 1, draft: true).Text!;

        Assert.Contains("\n" + title + "\n", text, StringComparison.Ordinal);
        Assert.Contains(wording, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NoticeType.SupervisionLetter, "zh", "补填")]
    [InlineData(NoticeType.SupervisionLetter, "en", "to be filled in")]
    [InlineData(NoticeType.PermitRenewal, "zh", "补填")]
    [InlineData(NoticeType.PermitRenewal, "en", "to be filled in")]
    public void Render_LeavesOutWhatTheRegisterLacks_WhenWritingALetterNoOneSigns(NoticeType type, string lang, string blank)
    {
        var (request, _) = SampleInstruments.Of(type);
        var bare = (EnterpriseRecord)request.Subject.Record! with { LegalRepresentative = null, Address = null, CreditCode = null };

        var text = SampleInstruments.Renderer.Value.Render(request with { Subject = NoticeSubject.Of(bare) }, lang, 1, draft: false).Text!;

        Assert.DoesNotContain(blank, text, StringComparison.Ordinal);
        Assert.Contains(bare.Name, text, StringComparison.Ordinal);
        Assert.Contains("12369", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "我局执法人员张伟于2026年11月20日对你单位进行了现场检查", "现场检查发现环境违法行为", "证据：2026年11月20日现场检查记录（检查人：张伟）", "非现场核查")]
    [InlineData("en", "On 20 November 2026 our inspector 张伟 inspected your enterprise on site", "found a violation", "Evidence: the on-site inspection record of 20 November 2026 (inspector: 张伟)", "without a site visit")]
    public void Render_StatesTheInspectionActuallyMade_WhenADecisionFollowsARecordedOnSiteCheck(string lang, string check, string outcome, string evidence, string deskReview)
    {
        var (request, _) = SampleInstruments.Of(NoticeType.CorrectionDecision);
        var inspected = request with { Check = new OnSiteCheck(new DateOnly(2026, 11, 20), "张伟", ViolationFound: true, Notes: "现场核实") };

        var text = SampleInstruments.Renderer.Value.Render(inspected, lang, 1, draft: true).Text!;
        var desk = SampleInstruments.Renderer.Value.Render(request, lang, 1, draft: true).Text!;

        Assert.Contains(check, text, StringComparison.Ordinal);
        Assert.Contains(outcome, text, StringComparison.Ordinal);
        Assert.Contains(evidence, text, StringComparison.Ordinal);
        Assert.DoesNotContain(deskReview, text, StringComparison.Ordinal);
        Assert.Contains(deskReview, desk, StringComparison.Ordinal);
    }

    [Fact]
    public void Latest_TakesTheLastCheckByTheDate_WhenLaterOnesAreRecorded()
    {
        OnSiteCheck[] checks = [new(new DateOnly(2026, 10, 1), "甲", false), new(new DateOnly(2026, 11, 20), "乙", true), new(new DateOnly(2026, 12, 1), "丙", true)];

        Assert.Equal("乙", OnSiteCheck.Latest(checks, AsOf)!.Inspector);
        Assert.Null(OnSiteCheck.Latest(checks, new DateOnly(2026, 9, 30)));
    }
}
