using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Authorities;
using ComplianceEngine.Notices.Instruments;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Rendering;
using ComplianceEngine.Notices.Templates;

namespace ComplianceEngine.Notices.Tests.Rendering;

public class StrictRenderingTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static EnterpriseRecord Enterprise(Permit? permit, string? county = "南康区") => new()
    {
        Id = "E-T1",
        Name = "赣州测试有限公司",
        IndustryCode = "3011",
        City = "赣州市",
        County = county,
        Permit = permit,
    };

    private static NoticeRequest PermitRenewal(EnterpriseRecord e) => new()
    {
        Type = NoticeType.PermitRenewal,
        Subject = NoticeSubject.Of(e),
        AsOf = AsOf,
        Period = "p",
        ReminderStage = 90,
        Outcome = Outcome.Compliant,
    };

    private static readonly Permit Permit = new() { Number = "91360700X001P", ManagementClass = "key", ValidFrom = new(2022, 1, 1), ValidTo = new(2026, 12, 31) };

    /// <summary>A renderer without the load-time check, to see what rendering itself does.</summary>
    private static NoticeRenderer Unchecked(string dir) => new(NoticeTemplateSet.Load(dir), AuthorityDirectory.Load(dir), InstrumentSettings.Load(dir));

    [Fact]
    public void Load_ThrowsWithFileAndLine_WhenATemplateUsesAMissingVariable()
    {
        using var dir = new TempNotices();
        dir.Write("supervision-letter.en.sbn", "{{~ title = \"Reminder\" ~}}\n\n{{~ opening = notice.stages ~}}\n");

        var e = Assert.Throws<NoticeTemplateException>(() => NoticeRenderer.Load(dir.Path));

        Assert.EndsWith("supervision-letter.en.sbn", e.File);
        Assert.Equal(3, e.Line);
        Assert.Contains("stages", e.Message);
    }

    [Fact]
    public void Render_Throws_WhenTemplateUsesAMissingVariable()
    {
        using var dir = new TempNotices();
        dir.Write("permit-renewal.zh.sbn", "{{~ title = \"提醒\" ~}}\n{{~ addressee = subject.name ~}}\n{{~ opening = no_such_variable ~}}\n{{~ item_texts = [] ~}}{{~ closing = [] ~}}\n");
        var renderer = Unchecked(dir.Path);

        var e = Assert.Throws<NoticeTemplateException>(() => renderer.Render(PermitRenewal(Enterprise(Permit)), "zh", 1, draft: true));

        Assert.EndsWith("permit-renewal.zh.sbn", e.File);
        Assert.Equal(3, e.Line);
        Assert.Contains("no_such_variable", e.Message);
    }

    [Fact]
    public void Render_Throws_WhenTemplateUsesAMissingMember()
    {
        using var dir = new TempNotices();
        dir.Write("permit-renewal.en.sbn", "{{~ title = subject.nickname ~}}\n");
        var renderer = Unchecked(dir.Path);

        var e = Assert.Throws<NoticeTemplateException>(() => renderer.Render(PermitRenewal(Enterprise(Permit)), "en", 1, draft: true));

        Assert.Equal(1, e.Line);
        Assert.Contains("nickname", e.Message);
    }

    [Fact]
    public void Render_Throws_WhenTemplateReadsAMemberOfNull()
    {
        // The shipped permit template reads subject.permit.number: without a permit that is an error, not a blank.
        var renderer = NoticeRenderer.Load(RepositoryFiles.Notices);

        var e = Assert.Throws<NoticeTemplateException>(() => renderer.Render(PermitRenewal(Enterprise(permit: null)), "zh", 1, draft: true));

        Assert.EndsWith("permit-renewal.zh.sbn", e.File);
        Assert.True(e.Line > 0);
    }

    [Fact]
    public void Render_Throws_WhenTemplateWritesANullValue()
    {
        using var dir = new TempNotices();
        dir.Write("permit-renewal.zh.sbn", "{{~ capture title ~}}\n{{ subject.county }}\n{{~ end ~}}\n");
        var renderer = Unchecked(dir.Path);

        var e = Assert.Throws<NoticeTemplateException>(() => renderer.Render(PermitRenewal(Enterprise(Permit, county: null)), "zh", 1, draft: true));

        Assert.Equal(2, e.Line);
        Assert.Contains("null", e.Message);
    }

    [Fact]
    public void Render_EncodesValuesInHtml_WhenARecordHoldsMarkup()
    {
        var renderer = NoticeRenderer.Load(RepositoryFiles.Notices);
        var e = Enterprise(Permit) with { Name = "<b>赣州</b> & 公司" };

        var notice = renderer.Render(PermitRenewal(e), "zh", 7, draft: false);

        Assert.Contains("&lt;b&gt;赣州&lt;/b&gt; &amp; 公司", notice.Html);
        Assert.Contains("<b>赣州</b> & 公司", notice.Text);
        Assert.Contains("赣市环许续〔2026〕7号", notice.Text);
        Assert.DoesNotContain("草稿", notice.Text);
    }

    [Fact]
    public void Render_Throws_WhenTemplateAssignsToASharedFunction()
    {
        // Functions and builtins are shared by every render on every thread; a template must not be able to replace them.
        using var dir = new TempNotices();
        dir.Write("permit-renewal.zh.sbn", "{{~ date_cn = 1 ~}}\n");

        Assert.Throws<NoticeTemplateException>(() => Unchecked(dir.Path).Render(PermitRenewal(Enterprise(Permit)), "zh", 1, draft: true));
        Assert.Contains("2026年11月23日", NoticeRenderer.Load(RepositoryFiles.Notices).Render(PermitRenewal(Enterprise(Permit)), "zh", 1, draft: true).Text);
    }
}
