using System.Net;
using System.Text.RegularExpressions;
using ComplianceEngine.Host.Tests.Risk;

namespace ComplianceEngine.Host.Tests.Pages.Inspections;

/// <summary>
/// The page host with a really trained risk model, so the inspection list has scores, reasons and a random share; and
/// one sample enterprise (<see cref="MonitoredId"/>) given a monthly NOx mean above its ultra-low limit, so its grounds
/// name a pollutant, a facility and a month.
/// </summary>
public sealed partial class EnforcementHostFactory : PageHostFactory
{
    /// <summary>赣州市大余县, a sintering machine (SJ-1) with ultra-low retrofit done; one of four enterprises of its county.</summary>
    public const string MonitoredId = "E-0000004";

    public EnforcementHostFactory() => ExtraSettings["Risk:ModelPath"] = TrainedModel.Path;

    /// <summary>Imports <see cref="MonitoredId"/> again with NOx at 120 mg/m³ in October 2026, through the API as an officer would.</summary>
    public async Task ImportMonitoredAsync()
    {
        using var officer = ClientWithKey(OfficerKey);
        var sample = await File.ReadAllTextAsync(RepositoryFile("data", "sample", "enterprises.json"));
        using var all = System.Text.Json.JsonDocument.Parse(sample);
        var record = System.Text.Json.Nodes.JsonNode.Parse(all.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == MonitoredId).GetRawText())!;
        record["emissions"] = System.Text.Json.Nodes.JsonNode.Parse("""[{"facilityId":"SJ-1","pollutant":"NOx","concentrationMgM3":120,"period":"2026-10"}]""");
        var response = await officer.PostAsync("/api/v1/records", new StringContent($"[{record.ToJsonString()}]", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The enterprise ids a page links to (<c>/Enterprises/{id}</c>), in page order, each once.</summary>
    public static IReadOnlyList<string> LinkedEnterprises(string html) =>
        [.. EnterpriseLink().Matches(html).Select(m => Uri.UnescapeDataString(m.Groups["id"].Value)).Distinct()];

    /// <summary>Where a redirect sends the visitor: path and query, whether the location is absolute or not.</summary>
    public static string PathOf(HttpResponseMessage redirect) => redirect.Headers.Location is { } l
        ? l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString
        : throw new InvalidOperationException($"{(int)redirect.StatusCode} without a location");

    [GeneratedRegex("href=\"/Enterprises/(?<id>[^\"?/]+)\"")]
    private static partial Regex EnterpriseLink();
}
