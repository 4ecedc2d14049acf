using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ComplianceEngine.Host.Auth;

namespace ComplianceEngine.Host.Tests.Pages.Projects;

public sealed partial class ProjectPagesTests(PageHostFactory host) : IClassFixture<PageHostFactory>
{
    [Fact]
    public async Task Post_ShowsTheReadersReasonBesideTheFieldAndDecidesNothing_WhenANumberHoldsLettersAndASiteAnswerIsMissing()
    {
        using var officer = await host.SignInAsync(Roles.Officer);
        var fields = Project("P-PAGE-BAD");
        fields["annualEnergyTce"] = "一千八百";
        fields.Remove("site.inChemicalPark");

        var response = await officer.PostAsync("/Projects", null, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("id=\"f-annualEnergyTce-error\">应为数字，实际为文字<", html);
        Assert.Matches("id=\"f-site-inChemicalPark-error\">缺少此项（必填）<", html);
        Assert.Contains(">年综合能源消费量（吨标准煤）</a>：应为数字，实际为文字</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("$.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"一千八百\"", html, StringComparison.Ordinal);
        Assert.Contains("记录未通过规范检查，未作决定", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Client.GetAsync("/Projects/History/P-PAGE-BAD")).StatusCode);
    }

    [Fact]
    public async Task Post_OpensTheDecisionWithBasisQuoteVersionAndDate_WhenTheProjectIsInTheEcologicalRedLine()
    {
        using var officer = await host.SignInAsync(Roles.Officer);
        var fields = Project("P-PAGE-RED");
        fields["site.inEcologicalRedLine"] = "true";

        var html = await officer.FollowAsync(await officer.PostAsync("/Projects", null, fields));

        Assert.Contains("结论：不予批准", html, StringComparison.Ordinal);
        Assert.Contains("禁止性规定", html, StringComparison.Ordinal);
        Assert.Contains("法律依据", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("2026-0101-360281-04-01-000001", html, StringComparison.Ordinal);
        Assert.Contains("景德镇市某建材有限公司", html, StringComparison.Ordinal);
        Assert.Matches("<code>sha256:[0-9a-f]{64}</code>", html);
        Assert.Matches(@"\d{4}年\d{1,2}月\d{1,2}日", html);
        Assert.Contains("本决定应出具：不予批准决定书。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostIssue_NamesTheSignedInOfficerOnTheIssuedDocument_WhenTheOfficerDraftsAndIssues()
    {
        using var officer = await host.SignInAsync(Roles.Officer);
        var (decision, drafted) = await DraftRejectionAsync(officer, "P-PAGE-ISSUE");
        var documentId = HandlerPosts.Hidden(drafted, "documentId");

        var refused = await officer.PostAsync(decision, "Issue", new Dictionary<string, string> { ["documentId"] = documentId });
        var refusedPage = await refused.Content.ReadAsStringAsync();
        var filled = await officer.PostAsync(decision, "Fill", new Dictionary<string, string>
        {
            ["documentId"] = documentId, ["elements[contactPhone]"] = "0799-0000000", ["elements[builder]"] = "萍乡某某建设有限公司",
            ["elements[builderCreditCode]"] = "91360300MA00000001", ["elements[projectCode]"] = "2026-360300-26-03-000001", ["elements[eiaDocument]"] = "report",
        });
        var issued = await officer.FollowAsync(await officer.PostAsync(decision, "Issue", new Dictionary<string, string> { ["documentId"] = documentId }));

        // Refused by name while the telephone (none on file for any bureau) is blank; the boxes to fill it are on the page.
        Assert.Equal(System.Net.HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("尚有必备要素未填写（", refusedPage, StringComparison.Ordinal);
        Assert.Contains("联系电话", refusedPage, StringComparison.Ordinal);
        Assert.Contains("name=\"elements[contactPhone]\"", drafted, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, filled.StatusCode);
        Assert.Contains("联系电话：0799-0000000", issued, StringComparison.Ordinal);
        Assert.DoesNotContain("补填）", issued, StringComparison.Ordinal);
        Assert.Contains("草稿", drafted, StringComparison.Ordinal);
        Assert.Matches(@"文号 [^，]+〔2026〕[1-9][0-9]*号，由 张明 于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 签发。", issued);
        using var api = host.ClientWithKey(HostFactory.OfficerKey);
        using var documents = JsonDocument.Parse(await api.GetStringAsync("/api/v1/documents?projectId=P-PAGE-ISSUE"));
        var document = Assert.Single(documents.RootElement.EnumerateArray());
        Assert.Equal(("rejection-decision", "issued", "张明"), (document.GetProperty("documentType").GetString(), document.GetProperty("status").GetString(),
            document.GetProperty("issuedBy").GetString()));
    }

    [Fact]
    public async Task GetDecision_ReadsInEnglishWithEnglishDates_WhenTheOfficerChoosesEnglish()
    {
        using var officer = await host.SignInAsync(Roles.Officer);
        var (decision, _) = await DraftRejectionAsync(officer, "P-PAGE-EN");

        await officer.Client.GetAsync("/Culture?culture=en&returnUrl=%2F");
        var html = await officer.GetPageAsync(decision);

        Assert.Contains("Decision: Not approved", html, StringComparison.Ordinal);
        Assert.Contains("This decision calls for: Decision not to approve.", html, StringComparison.Ordinal);
        Assert.Matches(@"<dt>As-of date</dt><dd>\d{1,2} [A-Z][a-z]{2} \d{4}</dd>", html);
        Assert.DoesNotContain("审查决定：", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostIssue_IsRefused_WhenAnEnforcementOfficerTriesToIssueAProjectInstrument()
    {
        using var officer = await host.SignInAsync(Roles.Officer);
        var (decision, drafted) = await DraftRejectionAsync(officer, "P-PAGE-ROLE");
        var documentId = HandlerPosts.Hidden(drafted, "documentId");
        using var enforcement = await host.SignInAsync(Roles.Enforcement);

        var response = await enforcement.PostAsync(decision, "Issue", new Dictionary<string, string> { ["documentId"] = documentId });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("草稿", await officer.GetPageAsync(decision), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostUpload_ListsEachRecordsResult_WhenTheFileHoldsAValidAndAnInvalidProject()
    {
        using var officer = await host.SignInAsync(Roles.Officer);
        var valid = ComplianceEngine.Host.Tests.Projects.Json("P-PAGE-UP1");
        var invalid = ComplianceEngine.Host.Tests.Projects.Json("P-PAGE-UP2").Replace("\"constructionType\": \"new\"", "\"constructionType\": \"rebuild\"", StringComparison.Ordinal);

        var response = await officer.UploadAsync("/Projects", "projects.json", $"[{valid},{invalid}]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("文件审查结果", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/Projects/Evaluation/[0-9]+\"", html);
        Assert.Contains("<li>建设性质：“rebuild”不是可选值", html, StringComparison.Ordinal);
        Assert.DoesNotContain("$.constructionType", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ShowsTheFieldsEnglishLabelAndReason_WhenTheOfficerReadsInEnglish()
    {
        using var officer = await host.SignInAsync(Roles.Officer);
        await officer.Client.GetAsync("/Culture?culture=en&returnUrl=%2F");
        var fields = Project("P-PAGE-BAD-EN");
        fields["annualEnergyTce"] = "lots";

        var response = await officer.PostAsync("/Projects", null, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("id=\"f-annualEnergyTce-error\">expected a number, got string<", html);
        Assert.Matches("</a>: expected a number, got string</li>", html);
        Assert.DoesNotContain("应为数字", html, StringComparison.Ordinal);
        Assert.DoesNotContain("（", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostUpload_SaysWhereTheFileBreaks_WhenItIsNotJson()
    {
        using var officer = await host.SignInAsync(Roles.Officer);

        var response = await officer.UploadAsync("/Projects", "projects.json", "{\"kind\": \"project\",\n \"id\": ");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Matches("文件未读取：第 2 行第 [1-9][0-9]* 个字节：不是有效的 JSON", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostUpload_CountsLineAndByteFromOneInBothLanguagesAndStoresNothing_WhenTheFirstLineBreaks()
    {
        using var officer = await host.SignInAsync(Roles.Officer);

        var chinese = await officer.UploadAsync("/Projects", "projects.json", "{,\"kind\": \"project\", \"id\": \"P-PAGE-BROKEN\"}");
        await officer.Client.GetAsync("/Culture?culture=en&returnUrl=%2F");
        var english = await officer.UploadAsync("/Projects", "projects.json", "{,\"kind\": \"project\", \"id\": \"P-PAGE-BROKEN\"}");

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity), (chinese.StatusCode, english.StatusCode));
        var zh = WebUtility.HtmlDecode(await chinese.Content.ReadAsStringAsync());
        var en = WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync());
        Assert.Contains("文件未读取：第 1 行第 2 个字节：不是有效的 JSON", zh, StringComparison.Ordinal);
        Assert.Contains("The file was not read: line 1, position 2: not valid JSON", en, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", zh + en, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Client.GetAsync("/Projects/History/P-PAGE-BROKEN")).StatusCode);
    }

    [Fact]
    public async Task GetHistory_ListsEveryScreeningOfTheProject_WhenItWasScreenedTwice()
    {
        using var officer = await host.SignInAsync(Roles.Officer);
        var fields = Project("P-PAGE-HIST");
        await officer.PostAsync("/Projects", null, fields);
        fields["site.inEcologicalRedLine"] = "true";
        await officer.PostAsync("/Projects", null, fields);

        var html = await officer.GetPageAsync("/Projects/History/P-PAGE-HIST");

        Assert.Contains("共 2 次审查", html, StringComparison.Ordinal);
        Assert.Equal(2, EvaluationLink().Matches(html).Count);
        Assert.Contains("不予批准", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetProjects_SendsAnEnterpriseUserToDenied_WhenTheRoleMayNotScreen()
    {
        using var enterprise = await host.SignInAsync(Roles.Enterprise);

        var response = await enterprise.Client.GetAsync("/Projects");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>Screens a project inside the ecological red line and drafts its 不予批准决定: the decision's path and the page with the draft.</summary>
    private static async Task<(string Decision, string Drafted)> DraftRejectionAsync(PageSession officer, string id)
    {
        var fields = Project(id);
        fields["site.inEcologicalRedLine"] = "true";
        var decision = (await officer.PostAsync("/Projects", null, fields)).Headers.Location!.OriginalString;
        return (decision, await officer.FollowAsync(await officer.PostAsync(decision, "Draft", new Dictionary<string, string>())));
    }

    /// <summary>A complete project as the form posts it, revision-2 fields included.</summary>
    private static Dictionary<string, string> Project(string id) => new()
    {
        ["id"] = id, ["name"] = "测试食品加工厂项目", ["industryCode"] = "1331", ["city"] = "景德镇市", ["county"] = "乐平市",
        ["constructionType"] = "new", ["applicationDate"] = "2026-02-05", ["annualEnergyTce"] = "1828",
        ["site.inEcologicalRedLine"] = "false", ["site.inPermanentBasicFarmland"] = "false", ["site.inCountyBuiltUpArea"] = "true",
        ["site.inChemicalPark"] = "false", ["site.inLivestockBanZone"] = "false", ["site.distanceToYangtzeKm"] = "35.9",
        ["site.cityPm25Attained"] = "true", ["captiveCoalPowerUnit"] = "false", ["addsCapacity"] = "false", ["usesEliminatedProcess"] = "false",
        ["builder.name"] = "景德镇市某建材有限公司", ["projectCode"] = "2026-0101-360281-04-01-000001", ["eiaDocument"] = "table",
    };

    [GeneratedRegex("href=\"/Projects/Evaluation/[0-9]+\"")]
    private static partial Regex EvaluationLink();
}
