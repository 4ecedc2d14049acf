using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

/// <summary>
/// Field names are matched on their UTF-8 bytes (issue 17): the same record, the same errors and the same extra fields
/// as when every name was read back as a string, without a string per field name.
/// </summary>
public class RecordReaderFieldNameTests
{
    [Fact]
    public void Read_ReadsSameRecord_WhenFieldNamesAreWrittenWithEscapes()
    {
        var plain = Compact(TestData.Enterprise);
        var escaped = plain.Replace("\"kind\"", "\"\\u006bind\"", StringComparison.Ordinal)
            .Replace("\"facilityId\"", "\"\\u0066acilityId\"", StringComparison.Ordinal)
            .Replace("\"validTo\"", "\"valid\\u0054o\"", StringComparison.Ordinal);
        Assert.NotEqual(plain, escaped);

        var expected = Assert.Single(RecordReader.Read(plain, "plain.json").Records);
        var actual = Assert.Single(RecordReader.Read(escaped, "escaped.json").Records);

        Assert.True(actual.IsValid, string.Join("; ", actual.Errors.Select(e => $"{e.Path}: {e.Reason}")));
        Assert.Equal(RecordWriter.Write(expected.Record!), RecordWriter.Write(actual.Record!));
    }

    [Fact]
    public void Read_ReportsFieldTwice_WhenOneCopyOfTheNameIsEscaped()
    {
        var text = Compact(TestData.Enterprise).Replace("\"industryCode\"", "\"industryCode\":\"3120\",\"industry\\u0043ode\"", StringComparison.Ordinal);

        var record = Assert.Single(RecordReader.Read(text, "twice.json").Records);

        var error = Assert.Single(record.Errors);
        Assert.Equal("$.industryCode", error.Path);
        Assert.Equal("field appears more than once in the object", error.Reason);
    }

    [Fact]
    public void Read_KeepsUnknownFieldUnderItsOwnName_WhenNameIsCloseToAContractName()
    {
        // Same length as "creditCode", one byte apart: kept, not taken for the contract field.
        var text = RecordJson.With(TestData.Enterprise, "creditCodf", "\"x\"");

        var record = (EnterpriseRecord)Assert.Single(RecordReader.Read(text, "near.json").Records).Record!;

        Assert.Equal("x", record.Extra!["creditCodf"]!.GetValue<string>());
        Assert.Equal("91360400MA35H8K2RG", record.CreditCode);
    }

    [Fact]
    public void Read_SharesTheFacilityIdString_WhenEmissionNamesAFacilityOfTheEnterprise()
    {
        var record = (EnterpriseRecord)Assert.Single(RecordReader.Read(TestData.Enterprise, "e.json").Records).Record!;

        Assert.Same(record.Facilities[0].Id, record.Emissions[0].FacilityId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_AllocatesUnder120BytesPerEmission_WhenFieldNamesAreContractNames(bool chineseEscaped)
    {
        // An emission holds four contract names and a facility id; read as strings they cost about 200 bytes more.
        // JSON lines (framing without a copy of the text) of two records with 25 emissions each, whose item paths are
        // cached (JsonPaths), against two with one: only the reading of the 48 extra emissions is left in the difference.
        var one = Lines(WithEmissions(1, chineseEscaped));
        var many = Lines(WithEmissions(25, chineseEscaped));
        Allocated(one);
        Allocated(many);

        var perEmission = (Allocated(many) - Allocated(one)) / 48.0;

        Assert.InRange(perEmission, 1, 120);
    }

    private static long Allocated(byte[] utf8)
    {
        using var stream = new MemoryStream(utf8);
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var parsed in RecordReader.Read(stream, "alloc.json"))
        {
            Assert.True(parsed.IsValid);
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static byte[] Lines(string record) =>
        Encoding.UTF8.GetBytes(record + "\n" + record.Replace("\"E-1\"", "\"E-2\"", StringComparison.Ordinal) + "\n");

    private static string WithEmissions(int count, bool chineseEscaped)
    {
        var record = JsonNode.Parse(TestData.Enterprise)!.AsObject();
        var emissions = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            emissions.Add(new JsonObject
            {
                ["facilityId"] = "GL-1",
                ["pollutant"] = "NOx",
                ["concentrationMgM3"] = 40.0 + i % 10,
                ["period"] = $"{2000 + i / 12}-{1 + i % 12:00}",
            });
        }

        record["emissions"] = emissions;
        // Escaped Chinese (\u67D0, System.Text.Json's default, Python's too) makes the reader look at each text for lone
        // surrogates (RecordLimits), which must not cost a path or a string per field either.
        return chineseEscaped
            ? record.ToJsonString()
            : record.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Compact(string json) => JsonNode.Parse(json)!.ToJsonString();
}
