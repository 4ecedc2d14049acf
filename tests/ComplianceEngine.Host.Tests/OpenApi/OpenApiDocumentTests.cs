using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Host.Tests.OpenApi;

public sealed class OpenApiDocumentTests(HostFactory host) : IClassFixture<HostFactory>
{
    /// <summary>Set to 1 to write the served document over the checked-in copy instead of comparing.</summary>
    public const string UpdateVariable = "UPDATE_OPENAPI";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Document_MatchesTheCheckedInCopy_WhenServed()
    {
        var served = await ServedAsync();
        var file = HostFactory.RepositoryFile("docs", "openapi.v1.json");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(file, served);
        }

        var checkedIn = File.Exists(file) ? (await File.ReadAllTextAsync(file)).ReplaceLineEndings("\n") : "";

        Assert.True(checkedIn == served,
            "docs/openapi.v1.json is not the document the API serves. Regenerate it and commit the file: " +
            $"{UpdateVariable}=1 bash -c 'source scripts/pg.sh && dotnet test tests/ComplianceEngine.Host.Tests -c Release " +
            "--filter FullyQualifiedName~OpenApiDocumentTests'");
    }

    [Fact]
    public async Task Document_GivesEveryOperationTagsAndEveryResponseASchema_WhenServed()
    {
        var document = JsonNode.Parse(await ServedAsync())!;
        var missing = new List<string>();

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation!["tags"] is not JsonArray { Count: > 0 })
                {
                    missing.Add($"{method} {path}: no tags");
                }

                foreach (var (status, response) in operation["responses"]!.AsObject())
                {
                    var schemas = response!["content"]?.AsObject().Select(c => c.Value!["schema"]).ToList() ?? [];
                    if (schemas.Count == 0 || schemas.Any(s => s is not JsonObject { Count: > 0 }))
                    {
                        missing.Add($"{method} {path} {status}: no schema");
                    }
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task Document_DeclaresTheApiKeySchemeAndTheRecordSchema_WhenServed()
    {
        var document = JsonNode.Parse(await ServedAsync())!;

        var scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        Assert.Equal("http", scheme["type"]!.GetValue<string>());
        Assert.Equal("bearer", scheme["scheme"]!.GetValue<string>());
        var screen = document["paths"]!["/api/v1/screenings"]!["post"]!;
        Assert.NotNull(screen["security"]![0]!["ApiKey"]);
        var body = screen["requestBody"]!["content"]!["application/json"]!["schema"]!.ToJsonString();
        Assert.Contains("#/components/schemas/Record", body, StringComparison.Ordinal);
        Assert.NotNull(document["components"]!["schemas"]!["Record.project"]!["properties"]!["constructionType"]);
    }

    /// <summary>The served document, indented with Chinese unescaped, so the checked-in copy reads and diffs well.</summary>
    private async Task<string> ServedAsync()
    {
        using var client = host.ClientWithKey(null);
        var node = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        return node.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }
}
