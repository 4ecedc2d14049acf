using ComplianceEngine.Host.Auth;
using Microsoft.Playwright;

namespace ComplianceEngine.Host.Tests.Pages.Projects;

/// <summary>The approval officer's main path in headless chromium, axe on every page reached.</summary>
public sealed class ProjectBrowserTests(BrowserHost browser) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Officer_EntersAProjectReadsTheDecisionAndIssuesTheInstrument_WhenTheSiteIsInTheRedLine()
    {
        await using var visit = await browser.SignInAsync(Roles.Officer, "officer-main-path");
        var page = visit.Page;

        await visit.ClickAsync(page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "建设项目审查" }));
        // First without an answer the contract requires: the reader's reason appears beside the field.
        await page.Locator("#f-id").FillAsync("P-BROWSER-1");
        await page.Locator("#f-name").FillAsync("浏览器测试食品加工项目");
        await page.Locator("#f-industryCode").FillAsync("1331");
        await page.Locator("#f-city").FillAsync("景德镇市");
        await page.Locator("#f-constructionType").SelectOptionAsync("new");
        await page.Locator("#f-applicationDate").FillAsync("2026-02-05");
        await page.Locator("#f-site-inEcologicalRedLine").SelectOptionAsync("true");
        await page.Locator("#f-site-inPermanentBasicFarmland").SelectOptionAsync("false");
        await page.Locator("#f-site-inCountyBuiltUpArea").SelectOptionAsync("false");
        await page.Locator("#f-builder-name").FillAsync("景德镇市某食品有限公司");
        await page.Locator("#f-projectCode").FillAsync("2026-0101-360281-04-01-000002");
        await visit.ClickAsync(page.Locator("form.project-form button[type=submit]"));
        Assert.Equal("缺少此项（必填）", await page.Locator("#f-site-inChemicalPark-error").TextContentAsync());

        await page.Locator("#f-site-inChemicalPark").SelectOptionAsync("false");
        await visit.ClickAsync(page.Locator("form.project-form button[type=submit]"));
        Assert.Equal("结论：不予批准", await page.Locator("p.decision").TextContentAsync());
        Assert.Contains("景德镇市某食品有限公司", await page.Locator("dl.facts").TextContentAsync(), StringComparison.Ordinal);

        await visit.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "起草不予批准决定书" }));
        await visit.FillDraftBlanksAsync();
        await visit.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "以本人名义签发" }));
        Assert.Matches(@"由 张明 于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 签发", await page.Locator("section[aria-labelledby=instrument-title]").TextContentAsync() ?? "");

        await visit.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "该项目的审查历史" }));
        Assert.Contains("共 1 次审查", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
    }
}
