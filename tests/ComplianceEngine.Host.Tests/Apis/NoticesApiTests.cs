using System.Net;
using System.Text.Json;

namespace ComplianceEngine.Host.Tests.Apis;

public sealed class NoticesApiTests(NoticesHostFactory host) : IClassFixture<NoticesHostFactory>
{
    [Fact]
    public async Task Get_GivesAnEnterpriseItsOwnNoticesOnly_WhenItAsksWithoutAnId()
    {
        await host.FillAsync();
        using var owner = host.ClientWithKey(NoticesHostFactory.OwnerKey);

        var response = await owner.GetAsync("/api/v1/notices");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(host.Owner, body.RootElement.GetProperty("subjectId").GetString());
        var notice = Assert.Single(body.RootElement.GetProperty("notices").EnumerateArray());
        Assert.Equal(host.Owner, notice.GetProperty("subjectId").GetString());
        Assert.Equal("correction-decision", notice.GetProperty("noticeType").GetString());
        Assert.Contains("责令改正违法行为决定书", notice.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("pending", notice.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("enterpriseId={other}")]
    [InlineData("projectId=P-0000001")]
    [InlineData("city=赣州市")]
    public async Task Get_Answers403_WhenAnEnterpriseAsksAboutAnotherSubject(string query)
    {
        await host.FillAsync();
        using var owner = host.ClientWithKey(NoticesHostFactory.OwnerKey);

        var response = await owner.GetAsync("/api/v1/notices?" + query.Replace("{other}", host.Other, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(host.Other, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_GivesAnOfficerAnyEnterprisesNotices_WhenItNamesTheEnterprise()
    {
        await host.FillAsync();
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);

        using var body = JsonDocument.Parse(await officer.GetStringAsync($"/api/v1/notices?enterpriseId={host.Other}"));

        Assert.Equal(host.Other, Assert.Single(body.RootElement.GetProperty("notices").EnumerateArray()).GetProperty("subjectId").GetString());
    }

    [Fact]
    public async Task Get_Answers400_WhenAnOfficerNamesNoSubject()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);

        var response = await officer.GetAsync("/api/v1/notices");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("exactly one of", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("火星市")]
    [InlineData("长沙市")]
    public async Task Get_Answers400NamingCity_WhenTheCityIsNotJiangxis(string city)
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);

        var response = await officer.GetAsync($"/api/v1/notices?city={Uri.EscapeDataString(city)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(city, body.RootElement.GetProperty("errors").GetProperty("city")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnswersAJiangxiCityWrittenShort_AsTheOfficialName()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);

        var response = await officer.GetAsync($"/api/v1/notices?city={Uri.EscapeDataString("赣州")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("赣州市", body.RootElement.GetProperty("subjectId").GetString());
    }

    [Theory]
    [InlineData("enterpriseId=E-NOT-REGISTERED")]
    [InlineData("projectId=P-NOT-REGISTERED")]
    public async Task Get_Answers404_WhenTheSubjectIsNotInTheRegister(string query)
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);

        var response = await officer.GetAsync("/api/v1/notices?" + query);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("NOT-REGISTERED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Answers401_WhenNoKeyIsSent()
    {
        using var anonymous = host.ClientWithKey(null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/notices?enterpriseId=E-0000001")).StatusCode);
    }

    [Fact]
    public async Task Fill_StoresEachDraftOnce_WhenRepeated()
    {
        await host.FillAsync();

        var again = await host.DraftAsync();

        Assert.Equal(0, again.Inserted);
        Assert.Equal(2, again.AlreadyPresent);
    }
}
