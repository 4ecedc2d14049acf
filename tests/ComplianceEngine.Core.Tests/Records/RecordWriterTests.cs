using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

public class RecordWriterTests
{
    [Theory]
    [InlineData("enterprises.json")]
    [InlineData("projects.json")]
    public void ToJson_ReproducesContractExample_WhenRecordWasReadFromIt(string file)
    {
        var text = TestData.Text(file);
        var originals = JsonNode.Parse(text)!.AsArray();

        var records = RecordReader.Read(text, file).Records;

        for (var i = 0; i < records.Count; i++)
        {
            var expected = originals[i]!.AsObject();
            // The writer omits nulls other than permit: capacityReplacement/regionalOffset null are left out.
            foreach (var name in new[] { "capacityReplacement", "regionalOffset" })
            {
                if (expected.TryGetPropertyValue(name, out var value) && value is null)
                {
                    expected.Remove(name);
                }
            }

            var written = RecordWriter.ToJson(records[i].Record!);
            Assert.True(JsonNode.DeepEquals(expected, written), $"{expected.ToJsonString()}\n{written.ToJsonString()}");
        }
    }

    [Theory]
    [InlineData("enterprises.json")]
    [InlineData("projects.json")]
    public void Read_ReturnsSameContent_WhenGivenWrittenRecords(string file)
    {
        var records = RecordReader.Read(TestData.Text(file), file).Records.Select(r => r.Record!).ToList();
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            RecordWriter.WriteArray(writer, records);
        }

        var again = RecordReader.Read(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), "again.json").Records;

        Assert.Equal(records.Count, again.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.True(again[i].IsValid);
            Assert.Equal(RecordWriter.Write(records[i]), RecordWriter.Write(again[i].Record!));
            Assert.Equal(records[i].Sectors.Order(StringComparer.Ordinal), again[i].Record!.Sectors.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("enterprises.json")]
    [InlineData("projects.json")]
    public void WriteLines_WritesOneCompactRecordALine_WhenGivenRecords(string file)
    {
        var records = RecordReader.Read(TestData.Text(file), file).Records.Select(r => r.Record!).ToList();
        var buffer = new MemoryStream();

        RecordWriter.WriteLines(buffer, records);

        var lines = System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split('\n');
        Assert.Equal(records.Count + 1, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.Equal(records.Select(r => RecordWriter.Write(r)), lines[..^1]);
        var again = RecordReader.Read(string.Join('\n', lines), "again.jsonl").Records;
        Assert.Equal(records.Select(r => RecordWriter.Write(r)), again.Select(r => RecordWriter.Write(r.Record!)));
    }

    [Fact]
    public void Write_RoundTripsEveryField_WhenProjectIsBuiltInCode()
    {
        var project = new ProjectRecord
        {
            Id = "P-9", Name = "上饶某化工项目", EnterpriseId = "E-9", IndustryCode = "2614", City = "上饶市", County = "广丰区",
            ConstructionType = "relocation", ApplicationDate = new DateOnly(2024, 2, 29), AnnualEnergyTce = 5000.5,
            Site = new ProjectSite
            {
                InEcologicalRedLine = true, InPermanentBasicFarmland = false, InCountyBuiltUpArea = true, InChemicalPark = true,
                InLivestockBanZone = false, DistanceToYangtzeKm = 0.8, CityPm25Attained = true,
            },
            Facilities = [new Facility { Type = "storage-tank", VocTreated = true }, new Facility { Id = "B", Type = "boiler", Fuel = "gas", CapacityTph = 4, LowNox = true }],
            CaptiveCoalPowerUnit = false, AddsCapacity = true,
            CapacityReplacement = new CapacityReplacement { Ratio = 1.25, Verified = true },
            HeavyMetals = ["Pb", "Cd"], HeavyMetalOffset = "reduction",
            RegionalOffset = new RegionalOffset { Pollutants = ["SO2", "NOx"], Ratio = 2 },
            LowVocMaterialShare = 0.8, UsesEliminatedProcess = false,
        };

        var again = Assert.IsType<ProjectRecord>(ReadBack(RecordWriter.Write(project)));

        Assert.Equal(RecordWriter.Write(project), RecordWriter.Write(again));
        Assert.Equal(project.ApplicationDate, again.ApplicationDate);
        Assert.Equal(project.Site, again.Site);
        Assert.Equal(project.Facilities[1], again.Facilities[1]);
        Assert.Equal(project.CapacityReplacement, again.CapacityReplacement);
        Assert.Equal(project.HeavyMetals, again.HeavyMetals);
        Assert.Equal(project.RegionalOffset.Pollutants, again.RegionalOffset!.Pollutants);
        Assert.Equal(2, again.RegionalOffset.Ratio);
        Assert.Equal(["chemical"], again.Sectors.ToArray());
    }

    [Fact]
    public void Write_UsesContractFormats_WhenEnterpriseHasDatesAndPeriods()
    {
        var enterprise = Read(TestData.Enterprise);

        var json = RecordWriter.ToJson(enterprise);

        Assert.Equal("2021-06-01", (string?)json["permit"]!["validFrom"]);
        Assert.Equal("2025-09", (string?)json["emissions"]![0]!["period"]);
        Assert.Equal("enterprise", (string?)json["kind"]);
        Assert.False(json.ContainsKey("sectors"));
        Assert.False(json.ContainsKey("Sectors"));
        Assert.False(json.ContainsKey("county"));
        Assert.False(json["facilities"]![1]!.AsObject().ContainsKey("fuel"));
    }

    [Fact]
    public void Write_WritesPermitNull_WhenEnterpriseHasNoPermit()
    {
        var enterprise = Read(RecordJson.With(TestData.Enterprise, "permit", "null"));

        var text = RecordWriter.Write(enterprise);

        Assert.Contains("\"permit\":null", text, StringComparison.Ordinal);
        Assert.True(ReadBackParsed(text).IsValid);
    }

    [Fact]
    public void Write_KeepsChineseReadable_WhenNamesAreChinese()
    {
        Assert.Contains("\"city\":\"九江市\"", RecordWriter.Write(Read(TestData.Enterprise)), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MergesUnknownFieldsBack_WhenRecordHasExtra()
    {
        var json = RecordJson.With(TestData.Enterprise, "legalPerson", "\"张三\"");
        json = RecordJson.With(json, "meta", "{\"source\": \"import\", \"n\": [1, 2]}");
        json = RecordJson.With(json, "facilities[0].stackHeightM", "45");
        json = RecordJson.With(json, "permit.issuer", "\"九江市生态环境局\"");
        json = RecordJson.With(json, "history.note", "null");
        json = RecordJson.With(json, "emissions[0].oxygenRef", "6");

        var written = RecordWriter.ToJson(Read(json));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written), written.ToJsonString());
    }

    [Fact]
    public void Write_DoesNotRepeatField_WhenExtraNamesAContractField()
    {
        var enterprise = Read(TestData.Enterprise) with { Extra = new JsonObject { ["id"] = "X", ["other"] = 1 } };

        var json = RecordWriter.Write(enterprise);

        Assert.Equal("E-1", (string?)JsonNode.Parse(json)!["id"]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "\"id\":\"E-1\""));
        Assert.Contains("\"other\":1", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Indents_WhenAsked()
    {
        Assert.Contains("\n", RecordWriter.Write(Read(TestData.Project), indented: true), StringComparison.Ordinal);
        Assert.DoesNotContain("\n", RecordWriter.Write(Read(TestData.Project)), StringComparison.Ordinal);
    }

    private static ComplianceRecord Read(string json) => ReadBack(json);

    private static ComplianceRecord ReadBack(string json)
    {
        var parsed = ReadBackParsed(json);
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        return parsed.Record!;
    }

    private static ParsedRecord ReadBackParsed(string json) => Assert.Single(RecordReader.Read(json, "w.json").Records);
}
