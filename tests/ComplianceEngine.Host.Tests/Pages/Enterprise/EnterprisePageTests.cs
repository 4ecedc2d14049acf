using System.Net;
using ComplianceEngine.Data.Outbox;
using ComplianceEngine.Data.Receipts;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.People;
using ComplianceEngine.Host.Tests.Pages.Projects;
using ComplianceEngine.Screening;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Pages.Enterprise;

public sealed class EnterprisePageTests(PageHostFactory host) : IClassFixture<PageHostFactory>
{
    private const string Own = SamplePeople.SampleEnterpriseId;
    private const string Other = "E-0000002";

    [Theory]
    [InlineData("/Enterprise/" + Other)]
    [InlineData("/Enterprise/E-NOT-REGISTERED")]
    public async Task Get_Answers404_WhenAnEnterpriseUserPutsAnotherIdInTheUrl(string path)
    {
        using var enterprise = await host.SignInAsync(Roles.Enterprise);

        var response = await enterprise.Client.GetAsync(path);
        var own = await enterprise.GetPageAsync("/Enterprise");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(Other, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"（{Own}）", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ShowsStatusVersionAndObligationsByDeadline_WhenTheEnterpriseWasEvaluated()
    {
        var asOf = new DateOnly(2026, 11, 23);
        var ruleSet = host.Services.GetRequiredService<RuleSetHolder>().Current;
        await foreach (var _ in host.Services.GetRequiredService<StoredScreening>().ScreenEachAsync(ruleSet, "enterprise", [Own], asOf, CancellationToken.None))
        {
        }

        using var enterprise = await host.SignInAsync(Roles.Enterprise);
        var html = await enterprise.GetPageAsync("/Enterprise");

        Assert.Contains("2026年11月23日", html, StringComparison.Ordinal);
        Assert.Contains($"<code>{ruleSet.Version}</code>", html, StringComparison.Ordinal);
        var deadlines = System.Text.RegularExpressions.Regex.Matches(html, "<time datetime=\"([0-9-]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(deadlines);
        Assert.Equal(deadlines.Order(StringComparer.Ordinal), deadlines);
    }

    [Fact]
    public async Task PostAcknowledge_RecordsWhoAndWhenAndTheBureauSeesIt_WhenTheEnterpriseSignsForItsNotice()
    {
        var notice = await StoreNoticeAsync(Own, "own", deliver: true);
        using var enterprise = await host.SignInAsync(Roles.Enterprise);

        var response = await enterprise.PostAsync("/Enterprise", "Acknowledge", new Dictionary<string, string> { ["noticeId"] = notice.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var receipt = (await host.Services.GetRequiredService<NoticeReceipts>().ForSubjectAsync("enterprise", Own))[notice];
        Assert.Equal("王丽", receipt.AcknowledgedBy);
        Assert.InRange(DateTime.UtcNow - receipt.AcknowledgedAt.ToUniversalTime(), TimeSpan.Zero, TimeSpan.FromMinutes(5));
        using var officer = await host.SignInAsync(Roles.Officer);
        Assert.Contains("<label for=\"enterprise-id\">企业编号</label>", await officer.GetPageAsync("/Enterprise"), StringComparison.Ordinal);
        Assert.Matches(@"王丽 于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 签收", await officer.GetPageAsync($"/Enterprise?id={Own}"));
    }

    [Fact]
    public async Task PostAcknowledge_Answers404AndStoresNothing_WhenTheNoticeIsAnotherEnterprises()
    {
        var foreign = await StoreNoticeAsync(Other, "foreign", deliver: true);
        using var enterprise = await host.SignInAsync(Roles.Enterprise);

        var response = await enterprise.PostAsync("/Enterprise", "Acknowledge", new Dictionary<string, string> { ["noticeId"] = foreign.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await host.Services.GetRequiredService<NoticeReceipts>().ForSubjectAsync("enterprise", Other));
    }

    [Fact]
    public async Task PostAcknowledge_IsRefused_WhenAnOfficerTriesToSignForTheEnterprise()
    {
        var notice = await StoreNoticeAsync(Own, "officer", deliver: true);
        using var officer = await host.SignInAsync(Roles.Officer);

        var response = await officer.PostAsync($"/Enterprise/{Own}", "Acknowledge", new Dictionary<string, string> { ["noticeId"] = notice.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False((await host.Services.GetRequiredService<NoticeReceipts>().ForSubjectAsync("enterprise", Own)).ContainsKey(notice));
    }

    [Fact]
    public async Task PostAcknowledge_IsRefusedByNameAndStoresNothing_WhenTheNoticeIsNotDeliveredYet()
    {
        var notice = await StoreNoticeAsync(Own, "pending", deliver: false);
        using var enterprise = await host.SignInAsync(Roles.Enterprise);

        var response = await enterprise.PostAsync("/Enterprise", "Acknowledge", new Dictionary<string, string> { ["noticeId"] = notice.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("该文书尚未送达，送达后方可确认签收。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False((await host.Services.GetRequiredService<NoticeReceipts>().ForSubjectAsync("enterprise", Own)).ContainsKey(notice));
    }

    /// <summary>
    /// A supervision letter in the outbox for <paramref name="enterpriseId"/>, stored as the notice jobs store one and,
    /// when <paramref name="deliver"/>, leased and marked sent as the drainer does; its id.
    /// </summary>
    private async Task<long> StoreNoticeAsync(string enterpriseId, string tag, bool deliver)
    {
        var store = host.Services.GetRequiredService<NoticeStore>();
        var key = new NoticeKey("enterprise", enterpriseId, "supervision-letter", $"page-test-{tag}", "standing");
        string? number = null;
        Assert.True(await store.TryStoreAsync(key, "zh", "抚州市", new DateOnly(2026, 11, 30), sequence =>
        {
            number = $"抚环督〔2026〕{sequence}号";
            return new NumberedNotice(number, "督办提醒函（测试）", "<p>督办提醒函（测试）</p>");
        }));
        var notices = await store.ForSubjectAsync("enterprise", enterpriseId, new ComplianceEngine.Data.Paging.PageRequest(1, 500));
        var id = notices.Rows.Single(n => n.Number == number).Id;
        if (deliver)
        {
            var queue = host.Services.GetRequiredService<OutboxQueue>();
            var now = DateTimeOffset.UtcNow;
            // A lease that ends at once: other tests' notices stay due.
            await queue.ClaimAsync("page-test", now, now, 500, []);
            Assert.True(await queue.MarkSentAsync(id, "page-test", now));
        }

        return id;
    }
}
