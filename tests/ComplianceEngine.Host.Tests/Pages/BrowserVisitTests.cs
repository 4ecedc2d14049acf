using Xunit.Sdk;

namespace ComplianceEngine.Host.Tests.Pages;

/// <summary>The browser check itself: axe must fail a test on a page with serious or critical violations.</summary>
public sealed class BrowserVisitTests(BrowserHost browser) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task CheckAsync_FailsNamingTheRule_WhenThePageHasCriticalViolations()
    {
        await using var visit = await browser.OpenAsync("axe-self-check");
        await visit.Page.SetContentAsync("<html><body><img src=\"/x.png\"><form><input id=\"q\"><button></button></form></body></html>");

        var failure = await Assert.ThrowsAsync<TrueException>(visit.CheckAsync);

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("button-name", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_KeepsAScreenshot_WhenThePageIsClean()
    {
        await using var visit = await browser.OpenAsync("axe-clean-page");

        await visit.GotoAsync("/Account/SignIn");

        Assert.True(File.Exists(Path.Combine(BrowserVisit.ScreenshotDirectory, "axe-clean-page-1-Account-SignIn.png")));
    }
}
