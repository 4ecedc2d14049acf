using System.Net;
using System.Text;

namespace ComplianceEngine.Host.Tests.Pipeline;

public sealed class UnstorableValueHandlerTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Screen_AnswersWithoutA500_WhenAProjectNameHoldsNul()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);
        var body = Projects.Json("P-NUL-1").Replace("测试食品加工厂项目", "测试\\u0000项目", StringComparison.Ordinal);

        var response = await officer.PostAsync("/api/v1/screenings?asOf=2026-11-23", new StringContent(body, Encoding.UTF8, "application/json"));

        // The record reader refuses it on the record (200, outcome invalid) or, if one gets past it, this handler (400).
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
        Assert.Contains(response.Content.Headers.ContentType?.MediaType, new[] { "application/json", "application/problem+json" });
    }
}
