using ComplianceEngine.Core.Records;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.People;
using ComplianceEngine.Notices.Planning;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Pages.Inspections;

/// <summary>The enforcement team's main path in headless chromium, axe on every page and a screenshot of each.</summary>
public sealed class EnforcementBrowserTests(EnforcementBrowserHost browser) : IClassFixture<EnforcementBrowserHost>
{
    /// <summary>A sample enterprise that, as of today, violates a legal provision: a 责令改正 can be drafted for it.</summary>
    private string ViolatingEnterprise()
    {
        var ruleSet = browser.Host.Services.GetRequiredService<RuleSetHolder>().Current;
        var today = AsOfDate.Today(TimeProvider.System);
        return RecordReader.Read(File.ReadAllText(HostFactory.RepositoryFile("data", "sample", "enterprises.json")), "sample").Records
            .First(r => ruleSet.Evaluate(r.Record!, today).Findings.Any(NoticePlanner.IsViolation)).Record!.Id;
    }

    [Fact]
    public async Task InspectionList_LeadsToTheChartAndAnEnterprise_WhenACityIsChosen()
    {
        await using var visit = await browser.SignInAsync(Roles.Enforcement, "enforcement-list");
        var page = visit.Page;

        await visit.ClickAsync(page.Locator("header nav a[href='/Inspections']"));
        await page.Locator("select[name=city]").SelectOptionAsync("赣州市");
        await visit.ClickAsync(page.Locator("form.filters button[type=submit]"));
        var entries = await page.Locator("li.entry").CountAsync();
        var explained = await page.Locator("section.explain").TextContentAsync();
        await visit.ClickAsync(page.Locator("form.filters a[href='/Inspections/Cities']"));
        var chartLoaded = await page.Locator("img.chart").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");
        await visit.GotoAsync("/Inspections?city=" + Uri.EscapeDataString("赣州市"));
        await visit.ClickAsync(page.Locator("li.entry h2 a").First);

        Assert.Equal(20, entries);
        Assert.Contains("双随机、一公开", explained, StringComparison.Ordinal);
        Assert.True(chartLoaded, "the findings-by-city chart did not load");
        Assert.StartsWith("/Enterprises/E-", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnterprisePage_RecordsAnInspectionAndIssuesACorrectionDecisionInTheSignersName_WhenTheEnterpriseViolates()
    {
        var id = ViolatingEnterprise();
        var name = SamplePeople.DisplayNames[Roles.Enforcement];
        await using var visit = await browser.SignInAsync(Roles.Enforcement, "enforcement-enterprise");
        var page = visit.Page;

        await visit.GotoAsync($"/Enterprises/{id}");
        await visit.ClickAsync(page.Locator($"a[href='/Inspections/Record/{id}']").First);
        await page.Locator("input[name='Form.ViolationFound'][value=true]").CheckAsync();
        await page.Locator("#notes").FillAsync("现场检查发现治理设施未正常运行");
        await visit.ClickAsync(page.Locator("main form button[type=submit]"));
        var inspections = await page.Locator("section[aria-labelledby=inspections] tbody").TextContentAsync();
        await visit.ClickAsync(page.Locator("section[aria-labelledby=documents] form button[type=submit]").First);
        await visit.FillDraftBlanksAsync();
        await visit.ClickAsync(page.Locator("article.document form[action*='handler=Issue'] button[type=submit]").First);
        var issued = await page.Locator("article.document").First.TextContentAsync();
        await visit.ClickAsync(page.Locator("header a[hreflang=en]"));
        var english = await page.Locator("section[aria-labelledby=documents] h2").TextContentAsync();

        Assert.Contains(name, inspections, StringComparison.Ordinal);
        Assert.Contains($"由{name}签发", issued, StringComparison.Ordinal);
        Assert.Matches("〔20[0-9]{2}〕[1-9][0-9]*号", issued);
        Assert.Equal("Enforcement documents", english);
    }
}
