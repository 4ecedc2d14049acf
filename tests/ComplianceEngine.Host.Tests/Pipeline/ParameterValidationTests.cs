using System.Net;
using System.Text.Json;

namespace ComplianceEngine.Host.Tests.Pipeline;

public sealed class ParameterValidationTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Theory]
    [InlineData("/api/v1/risk-list?top=abc", "top")]
    [InlineData("/api/v1/risk-list?top=99999999999999999999", "top")]
    [InlineData("/api/v1/risk-list?top=0", "top")]
    [InlineData("/api/v1/risk-list?top=1&top=2", "top")]
    [InlineData("/api/v1/risk-list?city=%E8%B5%A3%E5%B7%9E%E5%B8%82%00", "city")]
    [InlineData("/api/v1/risk-list?page=0", "page")]
    [InlineData("/api/v1/risk-list?pageSize=100000", "pageSize")]
    [InlineData("/api/v1/notices?enterpriseId=E-0000001%00", "enterpriseId")]
    [InlineData("/api/v1/notices?projectId=P-1%00", "projectId")]
    [InlineData("/api/v1/notices?city=%E8%B5%A3%E5%B7%9E%E5%B8%82%1F", "city")]
    [InlineData("/api/v1/notices?enterpriseId=E-0000001&enterpriseId=E-0000002", "enterpriseId")]
    [InlineData("/api/v1/notices?enterpriseId=E-0000001&page=abc", "page")]
    // NUL in a path is refused by the server itself (Kestrel: 400) before routing; another control character reaches us.
    [InlineData("/api/v1/enterprises/E-0000001%01", "id")]
    [InlineData("/api/v1/enterprises/E-0000001/history?pageSize=-1", "pageSize")]
    [InlineData("/api/v1/projects/P-1/history?page=1.5", "page")]
    [InlineData("/api/v1/evaluations/abc", "id")]
    [InlineData("/api/v1/evaluations/99999999999999999999", "id")]
    [InlineData("/api/v1/rules?pageSize=0", "pageSize")]
    [InlineData("/api/v1/rules?page=1&page=2", "page")]
    public async Task Get_Answers400NamingTheParameter_WhenItIsMalformed(string path, string parameter)
    {
        using var client = host.ClientWithKey(HostFactory.AdminKey);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out var reasons), $"no error for '{parameter}' in {errors}");
        Assert.False(string.IsNullOrEmpty(reasons[0].GetString()));
    }
}
