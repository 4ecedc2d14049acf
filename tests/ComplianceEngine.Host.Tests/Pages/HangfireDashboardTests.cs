using System.Net;
using System.Text.RegularExpressions;
using ComplianceEngine.Host.Auth;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Pages;

/// <summary>The sample host with Hangfire running (no schedules), for the jobs dashboard.</summary>
public sealed class JobsPageHostFactory : PageHostFactory
{
    public JobsPageHostFactory()
    {
        ExtraSettings["Jobs:Enabled"] = "true";
        foreach (var cron in JobsHostFactory.Crons)
        {
            ExtraSettings[$"Jobs:{cron}"] = "";
        }
    }
}

[Collection(HangfireCollection.Name)]
public sealed partial class HangfireDashboardTests(JobsPageHostFactory host) : IClassFixture<JobsPageHostFactory>
{
    [Fact]
    public async Task Dashboard_OpensWithItsStylesAndScripts_WhenAnAdminIsSignedIn()
    {
        using var admin = await host.SignInAsync(Roles.Admin);

        var html = await admin.GetPageAsync("/hangfire");

        var assets = Asset().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).ToList();
        Assert.Contains(assets, a => a.Contains("/css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("/js", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var response = await admin.Client.GetAsync(asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.Enforcement)]
    [InlineData(Roles.Enterprise)]
    public async Task Dashboard_Answers403_WhenThePersonIsNotAnAdmin(string role)
    {
        using var session = await host.SignInAsync(role);

        var denied = await session.GetDeniedAsync("/hangfire");

        Assert.Contains("无权访问", denied, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_SendsToSignIn_WhenNobodyIsSignedIn()
    {
        using var session = host.Anonymous();

        var response = await session.Client.GetAsync("/hangfire/css");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/SignIn", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_IsChineseReadOnlyAndHidesTheConnection_WhenAnAdminOpensTheRecurringJobs()
    {
        host.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate("dashboard-probe", () => Console.WriteLine("probe"), Cron.Daily());
        using var admin = await host.SignInAsync(Roles.Admin);

        var html = await admin.GetPageAsync("/hangfire/recurring");

        Assert.Contains("dashboard-probe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("recurring/remove", html, StringComparison.Ordinal);
        Assert.DoesNotContain("recurring/trigger", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Recurring Jobs", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Host=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>/hangfire/(?:css|js)[^\"]*)\"")]
    private static partial Regex Asset();
}
