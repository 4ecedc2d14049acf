using System.Net;
using System.Text;

namespace ComplianceEngine.Host.Tests.Risk;

/// <summary>A host serving the risk list from a really trained model, with the bundled sample in its register.</summary>
public sealed class RiskHostFactory : HostFactory
{
    public RiskHostFactory() => ExtraSettings["Risk:ModelPath"] = TrainedModel.Path;

    public async Task ImportSampleAsync()
    {
        using var officer = ClientWithKey(OfficerKey);
        var sample = await File.ReadAllTextAsync(RepositoryFile("data", "sample", "enterprises.json"));
        var response = await officer.PostAsync("/api/v1/records", new StringContent(sample, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
