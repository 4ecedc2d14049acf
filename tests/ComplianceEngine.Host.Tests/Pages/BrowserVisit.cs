using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ComplianceEngine.Host.Tests.Pages;

/// <summary>
/// One visitor in the browser. Every page it arrives at (<see cref="GotoAsync"/>, <see cref="ClickAsync"/>) is checked
/// with axe — a serious or critical violation fails the test — and saved as a screenshot under
/// <c>bin/…/screenshots/&lt;test&gt;-&lt;n&gt;-&lt;page&gt;.png</c>, the test output docs/web.md refers to.
/// </summary>
public sealed partial class BrowserVisit(IBrowserContext context, IPage page, string test) : IAsyncDisposable
{
    public static readonly string ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static readonly HashSet<string> FailingImpacts = ["serious", "critical"];
    private int _shots;

    public IPage Page { get; } = page;

    /// <summary>Opens <paramref name="path"/>, checks and keeps the page; answers the HTTP status of the main response.</summary>
    public async Task<int> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        await CheckAsync();
        return response?.Status ?? 0;
    }

    /// <summary>Clicks <paramref name="target"/> (a link or submit button), waits for the next page, checks and keeps it.</summary>
    public async Task ClickAsync(ILocator target)
    {
        // A click waits for the navigation it starts to begin; the load state then waits for the new page.
        await target.ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await CheckAsync();
    }

    /// <summary>Fills and submits the sign-in form.</summary>
    public async Task SignInAsync(string userName, string password)
    {
        await GotoAsync("/Account/SignIn");
        await Page.Locator("#user-name").FillAsync(userName);
        await Page.Locator("#password").FillAsync(password);
        await ClickAsync(Page.Locator("main button[type=submit]"));
    }

    /// <summary>What an officer types into a draft's blanks (the register lacks them), by element name.</summary>
    private static readonly Dictionary<string, string> DraftElementValues = new(StringComparer.Ordinal)
    {
        ["legalRepresentative"] = "赵建华", ["address"] = "工业园8号", ["contactPhone"] = "0797-0000000", ["creditCode"] = "91360700MA00000001",
        ["builder"] = "萍乡某某建设有限公司", ["builderCreditCode"] = "91360300MA00000001", ["projectCode"] = "2026-360300-26-03-000001",
        ["eiaDocument"] = "report",
    };

    /// <summary>Fills and submits the draft's blanks form when the page shows one (an instrument is issued only once filled).</summary>
    public async Task FillDraftBlanksAsync()
    {
        var blanks = Page.Locator("form.draft-elements input[name^='elements[']");
        if (await blanks.CountAsync() == 0)
        {
            return;
        }

        foreach (var input in await blanks.AllAsync())
        {
            var element = (await input.GetAttributeAsync("name"))!["elements[".Length..^1];
            await input.FillAsync(DraftElementValues[element]);
        }

        await ClickAsync(Page.Locator("form.draft-elements button[type=submit]").First);
    }

    /// <summary>Runs axe on the page as it is and saves a screenshot; fails on serious or critical violations.</summary>
    public async Task CheckAsync()
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var name = $"{test}-{++_shots}-{Slug().Replace(new Uri(Page.Url).AbsolutePath.Trim('/'), "-") switch { "" => "start", var s => s }}.png";
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name), FullPage = true });
        var result = await Page.RunAxe();
        var failing = result.Violations.Where(v => FailingImpacts.Contains(v.Impact ?? "")).ToList();
        Assert.True(failing.Count == 0, $"axe on {Page.Url}:\n" + string.Join("\n", failing.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex Slug();
}
