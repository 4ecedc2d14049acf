using System.Net;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Documents;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.People;
using ComplianceEngine.Host.Tests.Pages.Inspections;
using ComplianceEngine.Notices.Planning;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Pages.Enterprises;

public sealed partial class DetailsPageTests(EnforcementHostFactory host) : IClassFixture<EnforcementHostFactory>
{
    /// <summary>The sample enterprises that, as of today, violate a legal provision (a 责令改正 is due) and that do not.</summary>
    private (string Violating, string Clean) SampleEnterprises()
    {
        var ruleSet = host.Services.GetRequiredService<RuleSetHolder>().Current;
        var today = AsOfDate.Today(TimeProvider.System);
        var judged = RecordReader.Read(File.ReadAllText(HostFactory.RepositoryFile("data", "sample", "enterprises.json")), "sample").Records
            .Select(r => (r.Record!.Id, Violates: ruleSet.Evaluate(r.Record, today).Findings.Any(NoticePlanner.IsViolation))).ToList();
        return (judged.First(j => j.Violates).Id, judged.First(j => !j.Violates).Id);
    }

    private static async Task<HttpResponseMessage> PostAsync(PageSession session, string id, string handler, Dictionary<string, string>? fields = null)
    {
        var token = PageSession.AntiforgeryToken(await session.GetPageAsync($"/Enterprises/{id}"));
        var form = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token };
        return await session.Client.PostAsync($"/Enterprises/{id}?handler={handler}", new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task OnPostIssue_NumbersTheDraftInTheSignedInPersonsName_WhenDraftedFromTheEnterprisePage()
    {
        var (id, _) = SampleEnterprises();
        using var session = await host.SignInAsync(Roles.Enforcement);

        var drafted = await PostAsync(session, id, "Draft");
        var page = await session.FollowAsync(drafted);
        var documentId = DocumentIdPattern().Match(page).Groups["id"].Value;
        var blank = await PostAsync(session, id, "Issue", new() { ["documentId"] = documentId });
        var filled = await PostAsync(session, id, "Fill", new()
        {
            ["documentId"] = documentId, ["elements[legalRepresentative]"] = "赵建华", ["elements[address]"] = "工业园8号",
            ["elements[contactPhone]"] = "0797-0000000", ["elements[creditCode]"] = "91360700MA00000001",
        });
        var issued = await PostAsync(session, id, "Issue", new() { ["documentId"] = documentId });
        var again = await PostAsync(session, id, "Issue", new() { ["documentId"] = documentId });
        var redrafted = await PostAsync(session, id, "Draft");
        var after = await session.GetPageAsync($"/Enterprises/{id}");

        Assert.Equal($"/Enterprises/{id}?done=drafted", EnforcementHostFactory.PathOf(drafted));
        Assert.Contains("最近一次审查", page, StringComparison.Ordinal);
        // The sample has no legal representative, address or bureau telephone: refused by name until the officer fills them.
        Assert.Equal($"/Enterprises/{id}?done=blank", EnforcementHostFactory.PathOf(blank));
        Assert.Contains("name=\"elements[legalRepresentative]\"", page, StringComparison.Ordinal);
        Assert.Equal($"/Enterprises/{id}?done=filled", EnforcementHostFactory.PathOf(filled));
        Assert.Equal($"/Enterprises/{id}?done=issued", EnforcementHostFactory.PathOf(issued));
        Assert.Equal($"/Enterprises/{id}?done=already-issued", EnforcementHostFactory.PathOf(again));
        Assert.Equal($"/Enterprises/{id}?done=already-drafted", EnforcementHostFactory.PathOf(redrafted));
        var document = await host.Services.GetRequiredService<DocumentStore>().GetAsync(long.Parse(documentId, System.Globalization.CultureInfo.InvariantCulture));
        var name = SamplePeople.DisplayNames[Roles.Enforcement];
        Assert.Equal(("issued", name, Roles.Enforcement, "correction-decision"), (document!.Status, document.IssuedBy, document.IssuedRole, document.DocumentType));
        Assert.Contains(document.Number!, after, StringComparison.Ordinal);
        Assert.Contains($"由{name}签发", after, StringComparison.Ordinal);
        Assert.Contains("法定代表人：赵建华", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("补填", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnPostDraft_DraftsNothing_WhenTheEnterpriseViolatesNoLegalProvision()
    {
        var (_, id) = SampleEnterprises();
        using var session = await host.SignInAsync(Roles.Enforcement);

        var response = await PostAsync(session, id, "Draft");

        Assert.Equal($"/Enterprises/{id}?done=nothing-to-correct", EnforcementHostFactory.PathOf(response));
        Assert.Empty(await host.Services.GetRequiredService<DocumentStore>().ForSubjectAsync("enterprise", id));
    }

    [Fact]
    public async Task OnPostDraft_StatesTheRecordedInspectionNotADeskReview_WhenAnInspectorRecordedOneBeforeDrafting()
    {
        var ruleSet = host.Services.GetRequiredService<RuleSetHolder>().Current;
        var today = AsOfDate.Today(TimeProvider.System);
        // A second violating enterprise: the issue test drafts the first.
        var id = RecordReader.Read(File.ReadAllText(HostFactory.RepositoryFile("data", "sample", "enterprises.json")), "sample").Records
            .Where(r => ruleSet.Evaluate(r.Record!, today).Findings.Any(NoticePlanner.IsViolation)).Skip(1).First().Record!.Id;
        await host.Services.GetRequiredService<ComplianceEngine.Data.Import.InspectionStore>().UpsertAsync(
            [new ComplianceEngine.Data.Import.InspectionRow(id, today.AddDays(-1), true, Notes: "现场核实", Inspector: "张伟")]);
        using var session = await host.SignInAsync(Roles.Enforcement);

        await PostAsync(session, id, "Draft");

        var document = Assert.Single(await host.Services.GetRequiredService<DocumentStore>().ForSubjectAsync("enterprise", id));
        var date = ComplianceEngine.Notices.Templates.ChineseFormat.Date(today.AddDays(-1));
        Assert.Contains($"我局执法人员张伟于{date}对你单位进行了现场检查，现场检查发现环境违法行为（检查记录：现场核实）", document.DraftText, StringComparison.Ordinal);
        Assert.Contains($"证据：{date}现场检查记录（检查人：张伟）", document.DraftText, StringComparison.Ordinal);
        Assert.DoesNotContain("非现场核查", document.DraftText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnGet_ShowsTheRecordAndItsInspections_WhenSignedInAsEnforcement()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var html = await session.GetPageAsync("/Enterprises/E-0000001");

        Assert.Contains("抚州达恒包装印刷有限公司", html, StringComparison.Ordinal);
        Assert.Contains("91361000XTTDWD3UC7", html, StringComparison.Ordinal);
        Assert.Contains("2026年9月10日", html, StringComparison.Ordinal);
        Assert.Contains("/Inspections/Record/E-0000001", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnGet_Answers404_WhenTheEnterpriseIsNotRegistered()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var response = await session.Client.GetAsync("/Enterprises/NO-SUCH-ENTERPRISE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        // A person reads a page in their language, not the API's problem JSON.
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("未找到", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.Enterprise)]
    public async Task OnGet_RefusesTheEnterprisePage_WhenSignedInAsAnotherRole(string role)
    {
        using var session = await host.SignInAsync(role);

        var response = await session.Client.GetAsync("/Enterprises/E-0000001");

        Assert.StartsWith("/Account/Denied", EnforcementHostFactory.PathOf(response), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"documentId\" value=\"(?<id>[0-9]+)\"")]
    private static partial Regex DocumentIdPattern();
}
