using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ComplianceEngine.Host.Tests.Pipeline;

public sealed class JsonRequestBodyTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Theory]
    [InlineData("/api/v1/screenings", "application/json; charset=gbk")]
    [InlineData("/api/v1/screenings", "application/json; charset=iso-8859-1")]
    [InlineData("/api/v1/records", "application/json; charset=gb18030")]
    [InlineData("/api/v1/records", "text/csv")]
    public async Task Post_Answers415Problem_WhenTheBodyIsNotUtf8Json(string path, string contentType)
    {
        using var client = host.ClientWithKey(HostFactory.OfficerKey);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Projects.Json("P-CHARSET-1")));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await client.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(415, json.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF8")]
    [InlineData("application/json")]
    public async Task Screen_ReadsChineseText_WhenTheCharsetIsUtf8OrAbsent(string contentType)
    {
        using var client = host.ClientWithKey(HostFactory.OfficerKey);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Projects.Json("P-CHARSET-2", inEcologicalRedLine: true)));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await client.PostAsync("/api/v1/screenings?asOf=2026-11-23", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        // One JSON style: the findings' Chinese is written as is, not as \u escapes.
        Assert.Contains("reject", text, StringComparison.Ordinal);
        Assert.Contains(text, c => c is >= '\u4e00' and <= '\u9fff');
        Assert.DoesNotMatch(@"\\u(4[e-f]|[5-9][0-9a-f])[0-9a-f]{2}", text);
    }
}
