using System.Net;
using System.Text;
using ComplianceEngine.Host.Auth;

namespace ComplianceEngine.Host.Tests.Pages.Projects;

public sealed class HistoryPageTests(PageHostFactory host) : IClassFixture<PageHostFactory>
{
    [Fact]
    public async Task GetHistory_ShowsTheProjectAsNotScreenedWithTheActionToScreenIt_WhenItIsRegisteredButNeverScreened()
    {
        await RegisterAsync("P-HIST-REG");
        using var officer = await host.SignInAsync(Roles.Officer);

        var response = await officer.Client.GetAsync("/Projects/History/P-HIST-REG");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("尚未审查", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/Projects/History/P-HIST-REG?handler=Screen\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("没有项目 P-HIST-REG 的审查记录", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostScreen_OpensTheDecisionAndListsItInTheHistory_WhenTheOfficerScreensARegisteredProject()
    {
        await RegisterAsync("P-HIST-SCREEN");
        using var officer = await host.SignInAsync(Roles.Officer);

        var decision = await officer.FollowAsync(await officer.PostAsync("/Projects/History/P-HIST-SCREEN", "Screen", new Dictionary<string, string>()));
        var history = await officer.GetPageAsync("/Projects/History/P-HIST-SCREEN");

        Assert.Contains("结论：", decision, StringComparison.Ordinal);
        Assert.Contains("共 1 次审查", history, StringComparison.Ordinal);
        Assert.DoesNotContain("尚未审查", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetHistory_Answers404_WhenTheProjectIsNeitherRegisteredNorScreened()
    {
        using var officer = await host.SignInAsync(Roles.Officer);

        var response = await officer.Client.GetAsync("/Projects/History/P-HIST-NOWHERE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("没有项目 P-HIST-NOWHERE 的审查记录", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostScreen_IsRefusedAndNotOffered_WhenAnEnforcementOfficerReadsTheHistory()
    {
        await RegisterAsync("P-HIST-ENF");
        using var enforcement = await host.SignInAsync(Roles.Enforcement);

        var page = await enforcement.GetPageAsync("/Projects/History/P-HIST-ENF");
        var response = await enforcement.PostAsync("/Projects/History/P-HIST-ENF", "Screen", new Dictionary<string, string>());

        Assert.Contains("尚未审查", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Screen", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    private async Task RegisterAsync(string id)
    {
        using var api = host.ClientWithKey(HostFactory.OfficerKey);
        var import = await api.PostAsync("/api/v1/records", new StringContent("[" + ComplianceEngine.Host.Tests.Projects.Json(id) + "]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Contains("\"inserted\":1", await import.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
