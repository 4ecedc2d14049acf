using System.Net;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Host.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Pages.Inspections;

public sealed class CitiesPageTests(EnforcementHostFactory host) : IClassFixture<EnforcementHostFactory>
{
    [Fact]
    public async Task OnGet_TabulatesEveryCityWithItsInspectionsAndDrawsTheChart_WhenInspectionsAreStored()
    {
        // 鹰潭市 has the fewest sample enterprises; two inspections of one of them, one finding a violation.
        var yingtan = RecordReader.Read(File.ReadAllText(HostFactory.RepositoryFile("data", "sample", "enterprises.json")), "sample").Records
            .First(r => r.Record!.City == "鹰潭市").Record!.Id;
        await host.Services.GetRequiredService<InspectionStore>().UpsertAsync(
            [new InspectionRow(yingtan, new DateOnly(2026, 6, 1), true), new InspectionRow(yingtan, new DateOnly(2026, 7, 1), false)]);
        using var session = await host.SignInAsync(Roles.Enforcement);

        var html = await session.GetPageAsync("/Inspections/Cities?asOf=2026-11-30");
        var svg = await session.Client.GetAsync("/Inspections/Cities?handler=Svg&asOf=2026-11-30");

        Assert.All(ContractValues.Cities, city => Assert.Contains($"<th scope=\"row\">{city}</th>", html, StringComparison.Ordinal));
        Assert.Matches("<th scope=\"row\">鹰潭市</th>\\s*<td>11</td><td>[0-9]+</td><td>[0-9]+</td><td>[0-9]+</td><td>[0-9]+</td><td>2</td><td>1</td>", html);
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnGet_Answers400NamingAsOf_WhenTheDateIsNotADate()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var response = await session.Client.GetAsync("/Inspections/Cities?asOf=2026-13-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("expected a date yyyy-MM-dd, got '2026-13-01'", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
