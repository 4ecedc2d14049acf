using ComplianceEngine.Host.Auth;

namespace ComplianceEngine.Host.Pages.Shared;

/// <summary>One link in the layout's navigation and on a role's start page; <paramref name="Label"/> is the Chinese text (the English is in Resources/Pages/Shared/Navigation.en.resx).</summary>
public sealed record NavLink(string Path, string Label);

/// <summary>
/// Where each role works: the layout's navigation and the start page (<c>/</c>) both read this one list. Not static:
/// it also names the resource (<c>IStringLocalizer&lt;Navigation&gt;</c>) that holds the labels' English.
/// </summary>
public sealed class Navigation
{
    private Navigation()
    {
    }

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<NavLink>> ByRole = new Dictionary<string, IReadOnlyList<NavLink>>
    {
        // Every page a role may open without an id is here (a test checks it); pages with an id are linked from these.
        [Roles.Officer] = [new("/Projects", "建设项目审查"), new("/Projects/History", "项目审查历史"), new("/Enterprise", "企业查询")],
        [Roles.Enforcement] = [new("/Inspections", "监督检查清单"), new("/Inspections/Cities", "各市问题与检查结果"), new("/Enterprises", "企业档案"),
            new("/Projects/History", "项目审查历史"), new("/Enterprise", "企业查询")],
        [Roles.Enterprise] = [new("/Enterprise", "本企业")],
        [Roles.Admin] = [new("/Admin/People", "人员与角色"), new("/Admin/ApiKeys", "接口密钥"), new("/Admin/Catalog", "规则目录"), new("/hangfire", "后台任务"),
            new("/Projects", "建设项目审查"), new("/Projects/History", "项目审查历史"), new("/Enterprise", "企业查询")],
    };

    /// <summary>The role headings of the start page.</summary>
    public static readonly IReadOnlyDictionary<string, string> RoleNames = new Dictionary<string, string>
    {
        [Roles.Officer] = "审批人员",
        [Roles.Enforcement] = "执法人员",
        [Roles.Enterprise] = "企业用户",
        [Roles.Admin] = "系统管理员",
    };

    /// <summary>The links for the signed-in role; none for a caller without one of the four roles.</summary>
    public static IReadOnlyList<NavLink> For(string role) => ByRole.TryGetValue(role, out var links) ? links : [];
}
