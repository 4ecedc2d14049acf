using System.Text.Json.Nodes;
using ComplianceEngine.Core.Records;
using NJsonSchema;

namespace ComplianceEngine.Core.Tests.Records;

public class RecordSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema =
        new(() => JsonSchema.FromFileAsync(TestData.PathOf("record.schema.json")).GetAwaiter().GetResult());

    [Theory]
    [InlineData("enterprises.json")]
    [InlineData("projects.json")]
    public void Validate_AcceptsEveryRecord_WhenContractExample(string file)
    {
        foreach (var record in JsonNode.Parse(TestData.Text(file))!.AsArray())
        {
            var errors = Schema.Value.Validate(record!.ToJsonString());

            Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => e.ToString())));
        }
    }

    [Theory]
    [InlineData("E", "legalPerson", "\"张三\"")]
    [InlineData("E", "facilities[0].stackHeightM", "45")]
    [InlineData("E", "permit", "null")]
    [InlineData("E", "creditCode", RecordJson.Remove)]
    [InlineData("E", "history", "{}")]
    [InlineData("E", "emissions[0].concentrationMgM3", "0")]
    [InlineData("P", "capacityReplacement", "null")]
    [InlineData("P", "capacityReplacement", "{\"ratio\": 1.5, \"verified\": true}")]
    [InlineData("P", "regionalOffset", "{\"pollutants\": [\"SO2\"], \"ratio\": 2}")]
    [InlineData("P", "heavyMetals", "[\"Pb\", \"Sb\"]")]
    [InlineData("P", "facilities", "[{\"type\": \"boiler\"}]")]
    [InlineData("P", "lowVocMaterialShare", "1")]
    [InlineData("P", "site.extraFlag", "true")]
    public void Validate_Accepts_WhenRecordMeetsContract(string kind, string field, string value)
    {
        var json = RecordJson.With(kind == "E" ? TestData.Enterprise : TestData.Project, field, value);

        var errors = Schema.Value.Validate(json);

        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => e.ToString())));
        Assert.True(Assert.Single(RecordReader.Read(json, "s.json").Records).IsValid);
    }

    [Theory]
    [InlineData("E", "kind", "\"factory\"")]
    [InlineData("E", "kind", RecordJson.Remove)]
    [InlineData("E", "id", RecordJson.Remove)]
    [InlineData("E", "name", "5")]
    [InlineData("E", "industryCode", "\"312\"")]
    [InlineData("E", "industryCode", "3120")]
    [InlineData("E", "city", "\"\"")]
    [InlineData("E", "creditCode", "\"9136040OMA35H8K2RG\"")]
    [InlineData("E", "creditCode", "\"91360400MA35H8K2R\"")]
    [InlineData("E", "permit", RecordJson.Remove)]
    [InlineData("E", "permit.managementClass", "\"major\"")]
    [InlineData("E", "permit.validFrom", "\"2021/06/01\"")]
    [InlineData("E", "permit.lastAnnualReportYear", "2024.5")]
    [InlineData("E", "facilities[0].id", RecordJson.Remove)]
    [InlineData("E", "facilities[0].type", "\"furnace\"")]
    [InlineData("E", "facilities[0].fuel", "\"diesel\"")]
    [InlineData("E", "facilities[0].capacityTph", "0")]
    [InlineData("E", "facilities[0].capacityMw", "-1")]
    [InlineData("E", "facilities[0].ultraLowStatus", "\"done\"")]
    [InlineData("E", "facilities[0].lowNox", "\"yes\"")]
    [InlineData("E", "lowVocMaterialShare", "1.5")]
    [InlineData("E", "emissions[0].pollutant", "\"CO\"")]
    [InlineData("E", "emissions[0].concentrationMgM3", "-1")]
    [InlineData("E", "emissions[0].period", "\"2025-13\"")]
    [InlineData("E", "history.violations3y", "-1")]
    [InlineData("E", "history.inspections3y", "1.5")]
    [InlineData("E", "history.creditRating", "\"orange\"")]
    [InlineData("P", "constructionType", "\"build\"")]
    [InlineData("P", "applicationDate", RecordJson.Remove)]
    [InlineData("P", "applicationDate", "\"2025-3-10\"")]
    [InlineData("P", "annualEnergyTce", "-1")]
    [InlineData("P", "site", RecordJson.Remove)]
    [InlineData("P", "site.inChemicalPark", RecordJson.Remove)]
    [InlineData("P", "site.distanceToYangtzeKm", "-2")]
    [InlineData("P", "facilities", "[{\"fuel\": \"coal\"}]")]
    [InlineData("P", "capacityReplacement", "{\"ratio\": 0, \"verified\": true}")]
    [InlineData("P", "capacityReplacement", "{\"ratio\": 1.2}")]
    [InlineData("P", "heavyMetals", "[\"Zn\"]")]
    [InlineData("P", "heavyMetalOffset", "\"partial\"")]
    [InlineData("P", "regionalOffset", "{\"pollutants\": [\"SO2\"], \"ratio\": 0}")]
    [InlineData("P", "regionalOffset", "{\"ratio\": 2}")]
    [InlineData("P", "usesEliminatedProcess", "\"false\"")]
    public void Validate_Rejects_WhenRecordBreaksContract(string kind, string field, string value)
    {
        var json = RecordJson.With(kind == "E" ? TestData.Enterprise : TestData.Project, field, value);

        var errors = Schema.Value.Validate(json);

        Assert.NotEmpty(errors);
        // The reader agrees with the schema.
        Assert.False(Assert.Single(RecordReader.Read(json, "s.json").Records).IsValid);
    }

    [Fact]
    public void Validate_Accepts_WhenOnlyReaderOnlyChecksAreBroken()
    {
        // GB 32100 check character and validTo >= validFrom are reader-only: the schema lets them through.
        var wrongCheck = RecordJson.With(TestData.Enterprise, "creditCode", "\"91360400MA35H8K2RX\"");
        var reversed = RecordJson.With(TestData.Enterprise, "permit.validTo", "\"2020-01-01\"");

        Assert.Empty(Schema.Value.Validate(wrongCheck));
        Assert.Empty(Schema.Value.Validate(reversed));
        Assert.False(RecordReader.Read(wrongCheck, "s.json").Records[0].IsValid);
        Assert.False(RecordReader.Read(reversed, "s.json").Records[0].IsValid);
    }
}
