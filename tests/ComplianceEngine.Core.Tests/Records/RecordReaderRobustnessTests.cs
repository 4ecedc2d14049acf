using System.Text.Json.Nodes;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

public class RecordReaderRobustnessTests
{
    private static readonly string[] OddValues = ["null", "\"\"", "\"x\"", "0", "-1", "1.5", "true", "[]", "{}", "[null]", "1e400"];

    public static TheoryData<string> BaseRecords => new() { TestData.Enterprise, TestData.Project };

    [Theory]
    [MemberData(nameof(BaseRecords))]
    public void ReadOne_NeverThrowsAndNamesEveryProblem_WhenAnyFieldGetsAnOddValue(string baseJson)
    {
        var checkedCases = 0;
        foreach (var path in LeafAndObjectPaths(JsonNode.Parse(baseJson)!, ""))
        {
            foreach (var value in OddValues)
            {
                var json = RecordJson.With(baseJson, path, value);

                var parsed = Assert.Single(RecordReader.Read(json, "odd.json").Records);

                if (parsed.IsValid)
                {
                    // Whatever is accepted must write back and read again the same.
                    var written = RecordWriter.Write(parsed.Record!);
                    Assert.Equal(written, RecordWriter.Write(Assert.Single(RecordReader.Read(written, "w.json").Records).Record!));
                }
                else
                {
                    Assert.Null(parsed.Record);
                    Assert.NotEmpty(parsed.Errors);
                    Assert.All(parsed.Errors, e =>
                    {
                        Assert.StartsWith("$", e.Path, StringComparison.Ordinal);
                        Assert.False(string.IsNullOrWhiteSpace(e.Reason));
                    });
                }

                checkedCases++;
            }
        }

        Assert.True(checkedCases > 100);
    }

    [Theory]
    [MemberData(nameof(BaseRecords))]
    public void ReadOne_RejectsRecord_WhenARequiredFieldIsRemoved(string baseJson)
    {
        var kind = (string)JsonNode.Parse(baseJson)!["kind"]!;
        var required = kind == "project"
            ? new[] { "kind", "id", "name", "industryCode", "city", "constructionType", "applicationDate", "site",
                "site.inEcologicalRedLine", "site.inPermanentBasicFarmland", "site.inCountyBuiltUpArea", "site.inChemicalPark" }
            : ["kind", "id", "name", "industryCode", "city", "permit", "permit.number", "permit.managementClass",
                "permit.validFrom", "permit.validTo", "facilities[0].id", "facilities[0].type", "emissions[0].facilityId",
                "emissions[0].pollutant", "emissions[0].concentrationMgM3", "emissions[0].period"];

        foreach (var field in required)
        {
            var parsed = Assert.Single(RecordReader.Read(RecordJson.With(baseJson, field, RecordJson.Remove), "r.json").Records);

            Assert.Contains(parsed.Errors, e => e.Path == "$." + field && e.Reason == "required field is missing");
        }
    }

    private static IEnumerable<string> LeafAndObjectPaths(JsonNode node, string prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
                    yield return path;
                    if (child is not null)
                    {
                        foreach (var inner in LeafAndObjectPaths(child, path))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var path = $"{prefix}[{i}]";
                    yield return path;
                    foreach (var inner in LeafAndObjectPaths(array[i]!, path))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
