using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ComplianceEngine.Host.Tests.Apis;

public sealed class DocumentsApiTests(NoticesHostFactory host) : IClassFixture<NoticesHostFactory>
{
    [Fact]
    public async Task Post_IssuesTheDraftOnceInTheOfficersName_WhenAnOfficerNamesThemselves()
    {
        await host.DraftAsync();
        var id = await host.DraftIdAsync(host.Other);
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);

        var blank = await officer.PostAsJsonAsync($"/api/v1/documents/{id}/issue", new { issuer = "李明" });
        var filled = await officer.PostAsJsonAsync($"/api/v1/documents/{id}/elements", new
        {
            filledBy = "李明",
            elements = new Dictionary<string, string> { ["legalRepresentative"] = "赵建华", ["address"] = "赣州市南康区工业园8号", ["contactPhone"] = "0797-0000000", ["creditCode"] = "91360700MA00000001" },
        });
        var first = await officer.PostAsJsonAsync($"/api/v1/documents/{id}/issue", new { issuer = "李明" });
        var again = await officer.PostAsJsonAsync($"/api/v1/documents/{id}/issue", new { issuer = "王芳" });

        // Refused by name while the party's legal representative, address and the telephone are blank; nothing numbered.
        Assert.Equal(HttpStatusCode.Conflict, blank.StatusCode);
        var refusal = await blank.Content.ReadAsStringAsync();
        Assert.Contains("legalRepresentative", refusal, StringComparison.Ordinal);
        Assert.Contains("法定代表人", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, filled.StatusCode);
        using (var summary = JsonDocument.Parse(await filled.Content.ReadAsStringAsync()))
        {
            Assert.Empty(summary.RootElement.GetProperty("blanks").EnumerateArray());
        }

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var body = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var number = body.RootElement.GetProperty("number").GetString()!;
        Assert.Matches(@"责改〔2026〕[1-9][0-9]*号$", number);
        Assert.Equal("李明", body.RootElement.GetProperty("issuedBy").GetString());
        Assert.Equal("officer", body.RootElement.GetProperty("issuedRole").GetString());
        var text = body.RootElement.GetProperty("text").GetString()!;
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.DoesNotContain("草稿", text, StringComparison.Ordinal);
        Assert.DoesNotContain("补填", text, StringComparison.Ordinal);
        Assert.Contains("法定代表人：赵建华", text, StringComparison.Ordinal);
        Assert.Matches(@"责改〔2026〕1号$", number);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("李明", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ListsTheDraftForReview_WhenAnOfficerAsksAboutTheEnterprise()
    {
        await host.DraftAsync();
        using var officer = host.ClientWithKey(HostFactory.EnforcementKey);

        var response = await officer.GetAsync($"/api/v1/documents?enterpriseId={host.Owner}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var document = Assert.Single(body.RootElement.EnumerateArray());
        Assert.Equal(await host.DraftIdAsync(host.Owner), document.GetProperty("id").GetInt64());
        Assert.Equal("correction-decision", document.GetProperty("documentType").GetString());
        Assert.Contains("草稿", document.GetProperty("draftText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Answers403_WhenAnEnterpriseKeyTriesToIssue()
    {
        await host.DraftAsync();
        using var enterprise = host.ClientWithKey(NoticesHostFactory.OwnerKey);

        var response = await enterprise.PostAsJsonAsync($"/api/v1/documents/{await host.DraftIdAsync(host.Owner)}/issue", new { issuer = "企业" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Post_Answers400_WhenNoIssuerIsNamed(string issuer)
    {
        await host.DraftAsync();
        using var officer = host.ClientWithKey(HostFactory.EnforcementKey);

        var response = await officer.PostAsJsonAsync($"/api/v1/documents/{await host.DraftIdAsync(host.Owner)}/issue", new { issuer });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("issuer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Answers404_WhenNoSuchDraftExists()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);

        var response = await officer.PostAsJsonAsync("/api/v1/documents/987654321/issue", new { issuer = "李明" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
