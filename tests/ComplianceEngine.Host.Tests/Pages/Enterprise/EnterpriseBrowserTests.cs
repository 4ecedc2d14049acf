using ComplianceEngine.Data.Outbox;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.People;
using ComplianceEngine.Screening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplianceEngine.Host.Tests.Pages.Enterprise;

/// <summary>The enterprise user's main path in headless chromium, axe on every page reached.</summary>
public sealed class EnterpriseBrowserTests(BrowserHost browser) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task EnterpriseUser_ReadsItsStatusAndTimelineAndAcknowledgesADocument_WhenOneWasSent()
    {
        const string own = SamplePeople.SampleEnterpriseId;
        var services = browser.Host.Services;
        await foreach (var _ in services.GetRequiredService<StoredScreening>().ScreenEachAsync(services.GetRequiredService<RuleSetHolder>().Current,
                           "enterprise", [own], new DateOnly(2026, 11, 23), CancellationToken.None))
        {
        }

        var store = services.GetRequiredService<NoticeStore>();
        string? number = null;
        Assert.True(await store.TryStoreAsync(
            new NoticeKey("enterprise", own, "supervision-letter", "browser-test", "standing"), "zh", "抚州市", new DateOnly(2026, 11, 30),
            sequence =>
            {
                number = $"抚环督〔2026〕{sequence}号";
                return new NumberedNotice(number, "督办提醒函（浏览器测试）", "<p>督办提醒函（浏览器测试）</p>");
            }));

        // Receipt can be acknowledged only once the outbox delivered the letter.
        var letter = (await store.ForSubjectAsync("enterprise", own, new ComplianceEngine.Data.Paging.PageRequest(1, 500))).Rows.Single(n => n.Number == number);
        var queue = services.GetRequiredService<OutboxQueue>();
        var now = DateTimeOffset.UtcNow;
        await queue.ClaimAsync("browser-test", now, now, 500, []);
        Assert.True(await queue.MarkSentAsync(letter.Id, "browser-test", now));

        await using var visit = await browser.SignInAsync(Roles.Enterprise, "enterprise-main-path");
        var page = visit.Page;
        await visit.ClickAsync(page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "本企业" }));

        Assert.Contains(own, await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("ol.timeline li").CountAsync() > 0);
        await visit.ClickAsync(page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^确认签收") }).First);
        Assert.Matches(@"王丽 于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 签收", await page.Locator("section[aria-labelledby=documents-title]").TextContentAsync() ?? "");
    }
}
