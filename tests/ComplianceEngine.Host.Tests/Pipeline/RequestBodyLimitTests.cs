using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ComplianceEngine.Host.Tests.Pipeline;

public sealed class RequestBodyLimitTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;

    [Theory]
    [InlineData("/api/v1/screenings")]
    [InlineData("/api/v1/records")]
    public async Task Post_Answers413Problem_WhenTheBodyDeclares50Megabytes(string path)
    {
        using var client = host.ClientWithKey(HostFactory.OfficerKey);
        using var content = new ByteArrayContent(JsonArrayOfSize(FiftyMegabytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync(path, content);

        await AssertTooLargeAsync(response);
    }

    [Theory]
    [InlineData("/api/v1/screenings")]
    [InlineData("/api/v1/records")]
    public async Task Post_Answers413Problem_WhenA50MegabyteBodyIsSentChunked(string path)
    {
        using var client = host.ClientWithKey(HostFactory.OfficerKey);
        // A stream of unknown length: sent chunked, no Content-Length, so the limit is found only while reading.
        using var content = new StreamContent(new UnseekableStream(JsonArrayOfSize(FiftyMegabytes)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync(path, content);

        await AssertTooLargeAsync(response);
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(413, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("larger than", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A syntactically valid JSON array of about <paramref name="size"/> bytes (one long string).</summary>
    private static byte[] JsonArrayOfSize(int size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)'a');
        "[\""u8.CopyTo(bytes);
        "\"]"u8.CopyTo(bytes.AsSpan(size - 2));
        return bytes;
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
