using NJsonSchema;

namespace ComplianceEngine.Rules.Tests.Catalog;

/// <summary>The shipped catalog files conform to the JSON Schemas editors use (rules/schema).</summary>
public class CatalogSchemaTests
{
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var (folder, schema) in new[] { ("catalog", "catalog"), ("parameters", "parameters"), ("examples", "examples") })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Fixture.ShippedRules, folder), "*.json").Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(file) != "bases.json")
                {
                    data.Add(Path.GetRelativePath(Fixture.ShippedRules, file), schema);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task File_ConformsToItsSchema(string file, string schemaName)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Fixture.ShippedRules, "schema", schemaName + ".schema.json"));
        var errors = schema.Validate(await File.ReadAllTextAsync(Path.Combine(Fixture.ShippedRules, file)));
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task CatalogSchema_RejectsAnUnknownRuleProperty()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Fixture.ShippedRules, "schema", "catalog.schema.json"));
        var file = Directory.GetFiles(Path.Combine(Fixture.ShippedRules, "catalog"), "*.json").Order(StringComparer.Ordinal).First();
        var broken = (await File.ReadAllTextAsync(file)).Replace("\"severity\":", "\"severty\": \"x\", \"severity\":", StringComparison.Ordinal);
        Assert.NotEmpty(schema.Validate(broken));
    }
}
