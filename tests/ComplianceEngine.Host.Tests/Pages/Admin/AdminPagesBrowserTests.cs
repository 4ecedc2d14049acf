using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplianceEngine.Host.Tests.Pages.Admin;

/// <summary>The admin pages as an administrator uses them, in headless chromium (axe and a screenshot on every page).</summary>
public sealed class AdminPagesBrowserTests(BrowserHost browser) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task People_CreatesBindsAndLocksAnEnterpriseUser_WhenAnAdminFillsTheForms()
    {
        await using var admin = await browser.SignInAsync(Roles.Admin, "admin-people");
        await admin.GotoAsync("/Admin/People");
        await admin.Page.Locator("#new-user-name").FillAsync("gan-yun");
        await admin.Page.Locator("#new-display-name").FillAsync("甘云");
        await admin.Page.Locator("#new-password").FillAsync("Gan-yun-2026!");
        await admin.Page.Locator("#new-role").SelectOptionAsync(Roles.Enterprise);
        await admin.Page.Locator("#new-enterprise").FillAsync("E-0000002");
        await admin.ClickAsync(admin.Page.GetByRole(AriaRole.Button, new() { Name = "创建" }));
        Assert.Equal("已创建人员。", await admin.Page.Locator("[role=status]").TextContentAsync());
        var row = admin.Page.Locator("tr", new() { HasText = "gan-yun" });
        Assert.Equal("E-0000002", await row.Locator("input[name=enterpriseId]").InputValueAsync());

        await using (var person = await browser.SignInAsync("gan-yun", "admin-people-new-person", "Gan-yun-2026!"))
        {
            Assert.Contains("本账户代表企业 E-0000002。", await person.Page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        }

        await admin.ClickAsync(row.GetByRole(AriaRole.Button, new() { Name = "锁定 gan-yun" }));
        Assert.Equal("已锁定", await admin.Page.Locator("tr", new() { HasText = "gan-yun" }).Locator("span").TextContentAsync());
        await using var locked = await browser.OpenAsync("admin-people-locked");
        await locked.SignInAsync("gan-yun", "Gan-yun-2026!");
        Assert.Contains("账户已暂时锁定", await locked.Page.Locator("[role=alert]").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_RefusesAnEnterpriseUser_WhenTheEnterpriseIsNotInTheRegister()
    {
        await using var admin = await browser.SignInAsync(Roles.Admin, "admin-people-refused");
        await admin.GotoAsync("/Admin/People");
        await admin.Page.Locator("#new-user-name").FillAsync("no-such-enterprise");
        await admin.Page.Locator("#new-display-name").FillAsync("吴名");
        await admin.Page.Locator("#new-password").FillAsync("No-such-2026!");
        await admin.Page.Locator("#new-role").SelectOptionAsync(Roles.Enterprise);
        await admin.Page.Locator("#new-enterprise").FillAsync("E-9999999");

        await admin.ClickAsync(admin.Page.GetByRole(AriaRole.Button, new() { Name = "创建" }));

        Assert.Equal("企业用户必须绑定一个已登记的企业。", await admin.Page.Locator("[role=alert]").TextContentAsync());
        Assert.Equal(0, await admin.Page.Locator("tr", new() { HasText = "no-such-enterprise" }).CountAsync());
    }

    [Fact]
    public async Task ApiKeys_ListsRolesAndFingerprintsButNoKey_WhenKeysAreConfigured()
    {
        await using var admin = await browser.SignInAsync(Roles.Admin, "admin-api-keys");

        await admin.GotoAsync("/Admin/ApiKeys");

        var html = await admin.Page.ContentAsync();
        Assert.Equal(4, await admin.Page.Locator("tbody tr").CountAsync());
        Assert.Contains(HostFactory.OwnEnterpriseId, await admin.Page.Locator("tbody").TextContentAsync(), StringComparison.Ordinal);
        var fingerprints = await admin.Page.Locator("tbody code").AllTextContentsAsync();
        Assert.All(fingerprints, f => Assert.Matches("^[0-9a-f]{12}$", f));
        Assert.Equal(4, fingerprints.Distinct().Count());
        Assert.DoesNotContain(HostFactory.AdminKey, html, StringComparison.Ordinal);
        Assert.DoesNotContain(HostFactory.OfficerKey, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_ReloadsOrKeepsTheServedVersion_WhenTheButtonIsPressed()
    {
        var served = browser.Host.Services.GetRequiredService<RuleSetHolder>().Current.Version;
        await using var admin = await browser.SignInAsync(Roles.Admin, "admin-catalog");
        await admin.GotoAsync("/Admin/Catalog");
        Assert.Equal(served, await admin.Page.Locator("dd code").First.TextContentAsync());

        await admin.ClickAsync(admin.Page.GetByRole(AriaRole.Button, new() { Name = "重新加载规则目录" }));
        Assert.Equal("已重新加载，目录内容未变。", await admin.Page.Locator("[role=status]").TextContentAsync());

        var siting = Path.Combine(browser.Host.RulesDirectory, "catalog", "siting.json");
        var original = await File.ReadAllTextAsync(siting);
        await File.WriteAllTextAsync(siting, "{");
        try
        {
            await admin.ClickAsync(admin.Page.GetByRole(AriaRole.Button, new() { Name = "重新加载规则目录" }));
        }
        finally
        {
            await File.WriteAllTextAsync(siting, original);
        }

        var alert = await admin.Page.Locator("[role=alert]").TextContentAsync();
        Assert.Contains($"仍使用版本 {served}", alert, StringComparison.Ordinal);
        Assert.Contains("siting.json", alert, StringComparison.Ordinal);
        Assert.Equal(served, browser.Host.Services.GetRequiredService<RuleSetHolder>().Current.Version);
    }
}
