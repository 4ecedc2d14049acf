using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Templates;

namespace ComplianceEngine.Notices.Tests.Rendering;

/// <summary>
/// Each instrument carries the elements its form requires, checked one by one on the sample instruments rather than
/// only by golden equality: the party, facts with evidence, the provisions violated and the order article, a future
/// deadline, appeal rights on decisions only, a contact, an unpadded number per kind, and an A4 print view.
/// </summary>
public partial class InstrumentElementsTests
{
    public static TheoryData<string, string> Kinds()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in NoticeTypes.PerRecord)
        {
            foreach (var lang in NoticeLanguage.All)
            {
                data.Add(type.Slug(), lang);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_NamesTheWholeParty_WhenTheRegisterHasItsDetails(string type, string lang)
    {
        var (request, _) = SampleInstruments.Of(NoticeTypes.Parse(type));
        var text = SampleInstruments.Render(NoticeTypes.Parse(type), lang).Text!;

        switch (request.Subject.Record)
        {
            case EnterpriseRecord e:
                Assert.Contains(e.Name, text);
                Assert.Contains(e.CreditCode!, text);
                Assert.Contains(e.LegalRepresentative!, text);
                Assert.Contains(e.Address!, text);
                break;
            case ProjectRecord p:
                Assert.Contains(p.Builder!.Name, text);
                Assert.Contains(p.ProjectCode!, text);
                // The document by its title: the project's name and the kind of document the code names.
                var eia = ContractLabels.EiaDocument(p.EiaDocument!);
                Assert.Contains(lang == "zh" ? p.Name + eia.Zh : $"the {eia.En} of {p.Name}", text);
                Assert.DoesNotContain("《" + p.EiaDocument + "》", text, StringComparison.Ordinal);
                Assert.DoesNotContain("：" + p.EiaDocument, text, StringComparison.Ordinal);
                break;
        }

        // 12369 is the national hotline and is named as such; no bureau number is on file, so a signed instrument leaves
        // the line to fill in before issue and a letter, which goes out without a person, leaves it out.
        Assert.Contains(lang == "zh" ? "全国生态环境举报热线：12369" : "National environmental complaints hotline (全国生态环境举报热线): 12369", text);
        if (request.Type.IsSigned())
        {
            Assert.Contains(lang == "zh" ? "联系电话：（未载明，签发前补填）" : "telephone (not on file: to be filled in before issue)", text);
        }
        else
        {
            Assert.DoesNotContain(lang == "zh" ? "补填" : "to be filled in", text);
        }

        Assert.DoesNotContain(lang == "zh" ? "登记信息未载明" : "not in the register", text);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_NumbersPerAuthorityKindAndYearWithoutPadding_WhenRenderingTheSample(string type, string lang)
    {
        var notice = SampleInstruments.Render(NoticeTypes.Parse(type), lang);
        var (request, sequence) = SampleInstruments.Of(NoticeTypes.Parse(type));

        Assert.Matches(@"〔2026〕[1-9][0-9]*号$", notice.Number);
        Assert.EndsWith($"〔2026〕{sequence}号", notice.Number);
        Assert.StartsWith(SampleInstruments.Renderer.Value.AuthorityFor(request).Abbreviation, notice.Number);
        Assert.Contains(notice.Number, notice.Text);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_GivesOnlyFutureDeadlines_WhenFindingsAreOverdue(string type, string lang)
    {
        var (request, _) = SampleInstruments.Of(NoticeTypes.Parse(type));
        var text = SampleInstruments.Render(NoticeTypes.Parse(type), lang).Text!;

        var deadlines = Deadlines(text, lang).ToArray();
        if (request.Type is NoticeType.CorrectionDecision or NoticeType.SupervisionLetter or NoticeType.SupplementRequest)
        {
            Assert.NotEmpty(deadlines);
        }

        Assert.All(deadlines, d => Assert.True(d > request.AsOf, $"{d} is not after the issue date {request.AsOf}"));
        Assert.DoesNotContain(lang == "zh" ? "已逾期" : "overdue", text);
        Assert.DoesNotContain(lang == "zh" ? "立即整改" : "immediately", text);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Render_StatesFactsViolationAndOrder_WhenRenderingACorrectionDecision(string lang)
    {
        var (request, _) = SampleInstruments.Of(NoticeType.CorrectionDecision);
        var text = SampleInstruments.Render(NoticeType.CorrectionDecision, lang).Text!;

        Assert.Contains(lang == "zh" ? "《中华人民共和国行政处罚法》第二十八条第一款" : "Article 28(1) of the Administrative Penalty Law", text);
        Assert.Contains(lang == "zh" ? "非现场核查" : "without a site visit", text);
        Assert.Contains(lang == "zh" ? "证据：" : "Evidence: ", text);
        foreach (var b in request.Findings.SelectMany(f => f.Citation.Basis).Where(b => b.Kind is not (BasisKind.Plan or BasisKind.BureauValue) && b.Clause is not null))
        {
            Assert.Contains(lang == "zh" ? b.Clause! : EnglishReferences.Clause(b.Clause!), text);
        }

        Assert.Contains(lang == "zh" ? "改正要求：" : "Correction required: ", text);
        Assert.Contains(lang == "zh" ? "逾期不改正" : "If you fail to correct", text);
        AssertAppealRights(text, lang);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Render_GivesReasonsArticle11AndAppealRights_WhenRenderingARejection(string lang)
    {
        var text = SampleInstruments.Render(NoticeType.RejectionDecision, lang).Text!;

        Assert.Contains(lang == "zh" ? "《建设项目环境保护管理条例》（中华人民共和国国务院令第682号）第十一条" : "Article 11 of the Regulations on the Administration of Environmental Protection of Construction Projects", text);
        Assert.Contains(lang == "zh" ? "不予批准" : "not to approve", text);
        AssertAppealRights(text, lang);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Render_ListsExactlyTheMissingFields_WhenRenderingASupplementRequest(string lang)
    {
        var (request, _) = SampleInstruments.Of(NoticeType.SupplementRequest);
        var text = SampleInstruments.Render(NoticeType.SupplementRequest, lang).Text!;

        // Asked for in words, never by the contract's field path.
        Assert.All(request.Findings.SelectMany(f => f.MissingSupply ?? []), supply => Assert.Contains(lang == "zh" ? supply.Zh : supply.En, text));
        Assert.All(request.Findings.SelectMany(f => f.MissingFields), path => Assert.DoesNotContain(path, text));
        Assert.All(request.Findings, f => Assert.NotEmpty(f.MissingSupply ?? []));
        Assert.Contains(lang == "zh" ? "第三十二条第一款第（四）项" : "Article 32(1)(4)", text);
        Assert.DoesNotContain(lang == "zh" ? "行政复议" : "administrative review", text);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Render_StatesConstructionAndOperationRequirements_WhenRenderingAnApprovalOpinion(string lang)
    {
        var text = SampleInstruments.Render(NoticeType.ApprovalOpinion, lang).Text!;

        Assert.Contains(lang == "zh" ? "同时设计、同时施工、同时投产使用" : "designed, built and commissioned together with the main works", text);
        Assert.Contains(lang == "zh" ? "自动监测设备" : "continuous emission monitoring", text);
        Assert.DoesNotContain(lang == "zh" ? "方可审批" : "approvable once", text);
    }

    [Theory]
    [InlineData("supervision-letter", "zh")]
    [InlineData("supervision-letter", "en")]
    [InlineData("permit-renewal", "zh")]
    [InlineData("permit-renewal", "en")]
    public void Render_FindsNoViolationAndGivesNoAppeal_WhenRenderingALetter(string type, string lang)
    {
        var text = SampleInstruments.Render(NoticeTypes.Parse(type), lang).Text!;

        Assert.DoesNotContain(lang == "zh" ? "行政复议" : "administrative review", text);
        Assert.DoesNotContain(lang == "zh" ? "违反的规定" : "Provision violated", text);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Render_GivesTheApplicationDeadline_WhenRenderingARenewalLetter(string lang)
    {
        var (request, _) = SampleInstruments.Of(NoticeType.PermitRenewal);
        var permit = ((EnterpriseRecord)request.Subject.Record!).Permit!;
        var text = SampleInstruments.Render(NoticeType.PermitRenewal, lang).Text!;

        var applyBy = permit.ValidTo.AddDays(-60);
        Assert.Contains(lang == "zh" ? ChineseFormat.Date(applyBy) : ChineseFormat.DateEn(applyBy), text);
        Assert.Contains(lang == "zh" ? "第十四条" : "Article 14", text);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_LaysOutOnA4WithPageNumbers_WhenRenderingHtml(string type, string lang)
    {
        var html = SampleInstruments.Render(NoticeTypes.Parse(type), lang).Html!;

        Assert.Contains("size: A4", html);
        Assert.Matches(@"@bottom-center \{ content: ""— "" counter\(page\) "" —""", html);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_WritesEnglishPluralsAndOneDateStyle_WhenRenderingInEnglish(string type, string lang)
    {
        var text = SampleInstruments.Render(NoticeTypes.Parse(type), lang).Text!;
        if (lang != "en")
        {
            Assert.DoesNotMatch(@"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])", text);
            return;
        }

        Assert.DoesNotContain("(s)", text);
        Assert.DoesNotMatch(@"\b1 (facilities|days|months|items|violations|matters|grounds|problems)\b", text);
        Assert.DoesNotMatch(@"\b([02-9]|\d{2,}) (facility|day|month|item|violation|matter|ground|problem)\b", text);
        Assert.DoesNotMatch(@"(?<![\d-])\d{4}-\d{2}(-\d{2})?(?![\d-])", text);
        Assert.DoesNotMatch(@"\d{4}年", text);
    }

    private static void AssertAppealRights(string text, string lang)
    {
        Assert.Contains(lang == "zh" ? "六十日内" : "within 60 days", text);
        Assert.Contains(lang == "zh" ? "六个月内" : "within six months", text);
        Assert.Contains(lang == "zh" ? "行政诉讼法》第四十六条" : "Article 46", text);
        Assert.Contains(lang == "zh" ? "人民政府申请行政复议" : "People's Government for administrative review", text);
    }

    private static IEnumerable<DateOnly> Deadlines(string text, string lang)
    {
        var pattern = lang == "zh" ? ZhDeadline() : EnDeadline();
        foreach (Match m in pattern.Matches(text))
        {
            yield return lang == "zh"
                ? new DateOnly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))
                : DateOnly.ParseExact(m.Groups[1].Value, "d MMMM yyyy", CultureInfo.InvariantCulture);
        }
    }

    [GeneratedRegex(@"(?:期限：|于)(\d{4})年(\d{1,2})月(\d{1,2})日前")]
    private static partial Regex ZhDeadline();

    // The instrument's own deadline lines and reply dates; a finding's message may quote the plan's original date.
    [GeneratedRegex(@"(?:Complete by: |Correct by: |Environment by |above by )(\d{1,2} [A-Z][a-z]+ \d{4})")]
    private static partial Regex EnDeadline();
}
