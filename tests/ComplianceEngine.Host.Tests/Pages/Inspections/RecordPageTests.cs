using System.Net;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.People;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Pages.Inspections;

public sealed class RecordPageTests(EnforcementHostFactory host) : IClassFixture<EnforcementHostFactory>
{
    private const string Page = "/Inspections/Record/E-0000002";

    [Fact]
    public async Task OnPost_StoresTheOutcomeAsALabelInTheInspectorsName_WhenTheFormIsComplete()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var response = await session.PostFormAsync(Page, new Dictionary<string, string>
        {
            ["Form.Date"] = "2026-11-20", ["Form.ViolationFound"] = "true", ["Form.Pollutant"] = "NMHC", ["Form.Notes"] = "废气收集设施未运行",
        });
        var page = await session.FollowAsync(response);

        Assert.Equal("/Enterprises/E-0000002?recorded=2026-11-20", EnforcementHostFactory.PathOf(response));
        var stored = await host.Services.GetRequiredService<InspectionStore>().ForEnterpriseAsync("E-0000002");
        Assert.Equal(new InspectionRow("E-0000002", new DateOnly(2026, 11, 20), true, null, "NMHC", "废气收集设施未运行",
            SamplePeople.DisplayNames[Roles.Enforcement]), stored.Single());
        Assert.Contains(SamplePeople.DisplayNames[Roles.Enforcement], page, StringComparison.Ordinal);
        Assert.Contains("已保存2026年11月20日的检查结果。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("已保存2026-11-20", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnPost_Answers400AndStoresNothing_WhenTheDateIsAfterTodayAndTheFacilityUnknown()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var response = await session.PostFormAsync("/Inspections/Record/E-0000003", new Dictionary<string, string>
        {
            ["Form.Date"] = "2099-01-01", ["Form.ViolationFound"] = "false", ["Form.FacilityId"] = "NO-SUCH",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2099-01-01 is after today", html, StringComparison.Ordinal);
        Assert.Contains("'NO-SUCH' is not a facility of E-0000003", html, StringComparison.Ordinal);
        Assert.Empty(await host.Services.GetRequiredService<InspectionStore>().ForEnterpriseAsync("E-0000003"));
    }

    [Fact]
    public async Task OnGet_Answers404_WhenTheEnterpriseIsNotRegistered()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var response = await session.Client.GetAsync("/Inspections/Record/NO-SUCH-ENTERPRISE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OnPost_RefusesTheOutcome_WhenSignedInAsAnOfficer()
    {
        using var officer = await host.SignInAsync(Roles.Officer);
        var token = PageSession.AntiforgeryToken(await officer.GetPageAsync("/"));

        var response = await officer.Client.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Date"] = "2026-11-21", ["Form.ViolationFound"] = "true", ["__RequestVerificationToken"] = token,
        }));

        Assert.StartsWith("/Account/Denied", EnforcementHostFactory.PathOf(response), StringComparison.Ordinal);
        Assert.DoesNotContain(await host.Services.GetRequiredService<InspectionStore>().ForEnterpriseAsync("E-0000002"), i => i.Date == new DateOnly(2026, 11, 21));
    }
}
