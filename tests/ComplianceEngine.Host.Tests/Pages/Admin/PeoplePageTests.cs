using System.Net;
using ComplianceEngine.Host.Auth;

namespace ComplianceEngine.Host.Tests.Pages.Admin;

public sealed class PeoplePageTests(PageHostFactory host) : IClassFixture<PageHostFactory>
{
    private static Dictionary<string, string> NewPerson(string userName, string password) => new()
    {
        ["userName"] = userName,
        ["displayName"] = "钱多",
        ["password"] = password,
        ["role"] = Roles.Officer,
        ["enterpriseId"] = "",
    };

    [Fact]
    public async Task Create_SaysThePasswordRulesInChinese_WhenThePasswordIsWeak()
    {
        using var admin = await host.SignInAsync(Roles.Admin);

        var response = await admin.PostFormAsync("/Admin/People?handler=Create", NewPerson("weak-zh", "short"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("密码至少需要10个字符。", html, StringComparison.Ordinal);
        Assert.Contains("密码必须包含至少一个大写字母。", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">weak-zh<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_SaysThePasswordRulesInEnglish_WhenTheCultureIsEnglish()
    {
        using var admin = await host.SignInAsync(Roles.Admin);
        await admin.Client.GetAsync("/Culture?culture=en&returnUrl=%2F");

        var response = await admin.PostFormAsync("/Admin/People?handler=Create", NewPerson("weak-en", "short"));

        Assert.Contains("The password must have at least 10 characters.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lock_IsRefused_WhenTheAdminLocksThemself()
    {
        using var admin = await host.SignInAsync(Roles.Admin);
        var page = await admin.GetPageAsync("/Admin/People");
        var id = System.Text.RegularExpressions.Regex.Match(page, "<td>admin</td>(?s:.*?)name=\"id\" value=\"(?<id>[^\"]+)\"").Groups["id"].Value;

        var response = await admin.PostFormAsync("/Admin/People?handler=Lock", new Dictionary<string, string> { ["id"] = id });

        Assert.Contains("不能锁定自己的账户。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Role_IsRefused_WhenItWouldLeaveNoAdministrator()
    {
        using var admin = await host.SignInAsync(Roles.Admin);
        var page = await admin.GetPageAsync("/Admin/People");
        var id = System.Text.RegularExpressions.Regex.Match(page, "<td>admin</td>(?s:.*?)name=\"id\" value=\"(?<id>[^\"]+)\"").Groups["id"].Value;

        var response = await admin.PostFormAsync("/Admin/People?handler=Role",
            new Dictionary<string, string> { ["id"] = id, ["role"] = Roles.Officer, ["enterpriseId"] = "" });

        Assert.Contains("不能取消最后一名系统管理员的管理员角色。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/Admin/Catalog")).StatusCode);
    }

    [Fact]
    public async Task Create_IsRefusedByName_WhenTheNameIsLongerThanItsColumn()
    {
        using var admin = await host.SignInAsync(Roles.Admin);
        var person = NewPerson("long-name", "Long-name-2026!");
        person["displayName"] = new string('长', 300);

        var response = await admin.PostFormAsync("/Admin/People?handler=Create", person);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("姓名最多100个字符，用户名最多256个字符。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
