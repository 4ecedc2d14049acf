using System.Text.Json.Nodes;
using ComplianceEngine.Core.Records;
using NJsonSchema;

namespace ComplianceEngine.Core.Tests.Records;

/// <summary>The optional fields of contract revision 2 (2026-11-30): read, checked, written back, and described by the schema.</summary>
public class ContractRevision2Tests
{
    private static readonly Lazy<JsonSchema> Schema =
        new(() => JsonSchema.FromFileAsync(TestData.PathOf("record.schema.json")).GetAwaiter().GetResult());

    [Theory]
    [InlineData("E", "cityCode", "\"360400\"")]
    [InlineData("E", "cityCode", "null")]
    [InlineData("E", "countyCode", "\"360429\"")]
    [InlineData("E", "legalRepresentative", "\"张三\"")]
    [InlineData("E", "address", "\"九江市湖口县金砂湾工业园\"")]
    [InlineData("E", "permit.renewalAppliedOn", "\"2026-03-01\"")]
    [InlineData("E", "permit.renewalAppliedOn", "null")]
    [InlineData("E", "facilities[0].name", "\"1#锅炉\"")]
    [InlineData("E", "facilities[1].commissionedOn", "\"2012-05-01\"")]
    [InlineData("P", "cityCode", "\"360700\"")]
    [InlineData("P", "countyCode", "\"360703\"")]
    [InlineData("P", "builder", "{\"name\": \"赣州某家具有限公司\", \"creditCode\": \"91360400MA35H8K2RG\"}")]
    [InlineData("P", "builder", "{\"name\": \"赣州某家具有限公司\"}")]
    [InlineData("P", "builder", "null")]
    [InlineData("P", "projectCode", "\"2503-360703-04-01-123456\"")]
    [InlineData("P", "eiaDocument", "\"report\"")]
    [InlineData("P", "eiaDocument", "\"table\"")]
    [InlineData("P", "eiaDocument", "\"registration\"")]
    [InlineData("P", "investmentTenThousandYuan", "0")]
    [InlineData("P", "investmentTenThousandYuan", "1500.5")]
    [InlineData("P", "facilities", "[{\"type\": \"boiler\", \"name\": \"1#锅炉\", \"commissionedOn\": \"2026-01-01\"}]")]
    public void ReadOne_AcceptsRecord_WhenRevision2FieldIsValid(string kind, string field, string value)
    {
        var json = RecordJson.With(kind == "E" ? TestData.Enterprise : TestData.Project, field, value);

        var parsed = Read(json);
        var schemaErrors = Schema.Value.Validate(json);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.True(schemaErrors.Count == 0, string.Join("; ", schemaErrors.Select(e => e.ToString())));
    }

    [Theory]
    [InlineData("E", "cityCode", "\"36040\"", "$.cityCode", "must be 6 digits (GB/T 2260), got '36040'", true)]
    [InlineData("E", "cityCode", "360400", "$.cityCode", "expected a string, got number", true)]
    [InlineData("E", "cityCode", "\"360700\"", "$.cityCode", "cityCode 360700 is 赣州市, but city is 九江市", false)]
    [InlineData("E", "cityCode", "\"110100\"", "$.cityCode", "'110100' is not the GB/T 2260 code of a prefecture-level city of Jiangxi", false)]
    [InlineData("E", "countyCode", "\"36042a\"", "$.countyCode", "must be 6 digits (GB/T 2260), got '36042a'", true)]
    [InlineData("E", "countyCode", "\"360702\"", "$.countyCode", "'360702' is not the GB/T 2260 code of a county-level division of 九江市", false)]
    [InlineData("E", "legalRepresentative", "5", "$.legalRepresentative", "expected a string, got number", true)]
    [InlineData("E", "legalRepresentative", "\"\"", "$.legalRepresentative", "must not be empty", true)]
    [InlineData("E", "address", "[]", "$.address", "expected a string, got array", true)]
    [InlineData("E", "permit.renewalAppliedOn", "\"2026/01/01\"", "$.permit.renewalAppliedOn", "expected a date yyyy-MM-dd, got '2026/01/01'", true)]
    [InlineData("E", "permit.renewalAppliedOn", "20260101", "$.permit.renewalAppliedOn", "expected a date yyyy-MM-dd, got number", true)]
    [InlineData("E", "facilities[0].name", "1", "$.facilities[0].name", "expected a string, got number", true)]
    [InlineData("E", "facilities[0].commissionedOn", "\"2020-02-30\"", "$.facilities[0].commissionedOn", "'2020-02-30' is not a calendar date", true)]
    [InlineData("E", "facilities[1].commissionedOn", "\"2020-2-3\"", "$.facilities[1].commissionedOn", "expected a date yyyy-MM-dd, got '2020-2-3'", true)]
    [InlineData("P", "cityCode", "\"360400\"", "$.cityCode", "cityCode 360400 is 九江市, but city is 赣州市", false)]
    [InlineData("P", "countyCode", "\"360402\"", "$.countyCode", "'360402' is not the GB/T 2260 code of a county-level division of 赣州市", false)]
    [InlineData("P", "builder", "\"某公司\"", "$.builder", "expected an object or null, got string", true)]
    [InlineData("P", "builder", "{}", "$.builder.name", "required field is missing", true)]
    [InlineData("P", "builder", "{\"name\": \"某公司\", \"creditCode\": \"91360400MA35H8K2RX\"}", "$.builder.creditCode", "check character is 'X', expected 'G' (GB 32100-2015)", false)]
    [InlineData("P", "builder", "{\"name\": \"某公司\", \"creditCode\": \"91360400MA35H8K2R\"}", "$.builder.creditCode", "must be 18 characters, got 17", true)]
    [InlineData("P", "projectCode", "123", "$.projectCode", "expected a string, got number", true)]
    [InlineData("P", "eiaDocument", "\"book\"", "$.eiaDocument", "unknown value 'book' (expected one of report, table, registration)", true)]
    [InlineData("P", "investmentTenThousandYuan", "-1", "$.investmentTenThousandYuan", "must be >= 0, got -1", true)]
    [InlineData("P", "investmentTenThousandYuan", "\"100\"", "$.investmentTenThousandYuan", "expected a number, got string", true)]
    [InlineData("P", "facilities", "[{\"type\": \"boiler\", \"commissionedOn\": \"2025-13-01\"}]", "$.facilities[0].commissionedOn", "'2025-13-01' is not a calendar date", true)]
    public void ReadOne_ReportsPathAndReason_WhenRevision2FieldIsInvalid(string kind, string field, string value, string path, string reason, bool schemaSees)
    {
        var json = RecordJson.With(kind == "E" ? TestData.Enterprise : TestData.Project, field, value);

        var parsed = Read(json);

        Assert.Null(parsed.Record);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(path, error.Path);
        Assert.Equal(reason, error.Reason);
        // The schema states the shape; agreement between codes and names and check characters are the reader's alone.
        Assert.Equal(schemaSees, Schema.Value.Validate(json).Count > 0);
    }

    [Fact]
    public void ReadOne_ReportsDisagreement_WhenCountyCodeNamesAnotherCountyOfTheCity()
    {
        var json = RecordJson.With(TestData.Enterprise, "county", "\"湖口县\"");
        json = RecordJson.With(json, "countyCode", "\"360430\"");

        var error = Assert.Single(Read(json).Errors);

        Assert.Equal("$.countyCode", error.Path);
        Assert.Equal("countyCode 360430 is 彭泽县, but county is 湖口县", error.Reason);
    }

    [Fact]
    public void ReadOne_ReadsEveryRevision2Field_WhenEnterpriseHasThem()
    {
        var json = RecordJson.With(TestData.Enterprise, "county", "\"湖口县\"");
        json = RecordJson.With(json, "cityCode", "\"360400\"");
        json = RecordJson.With(json, "countyCode", "\"360429\"");
        json = RecordJson.With(json, "legalRepresentative", "\"张三\"");
        json = RecordJson.With(json, "address", "\"湖口县金砂湾工业园\"");
        json = RecordJson.With(json, "permit.renewalAppliedOn", "\"2026-03-01\"");
        json = RecordJson.With(json, "facilities[0].name", "\"1#锅炉\"");
        json = RecordJson.With(json, "facilities[0].commissionedOn", "\"2012-05-01\"");

        var parsed = Read(json);

        var enterprise = Assert.IsType<EnterpriseRecord>(parsed.Record);
        Assert.Equal(("360400", "360429"), (enterprise.CityCode, enterprise.CountyCode));
        Assert.Equal(("张三", "湖口县金砂湾工业园"), (enterprise.LegalRepresentative, enterprise.Address));
        Assert.Equal(new DateOnly(2026, 3, 1), enterprise.Permit!.RenewalAppliedOn);
        Assert.Equal("1#锅炉", enterprise.Facilities[0].Name);
        Assert.Equal(new DateOnly(2012, 5, 1), enterprise.Facilities[0].CommissionedOn);
        Assert.Null(enterprise.Facilities[1].CommissionedOn);
        Assert.Null(enterprise.Extra);
        // Written back as it came.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), RecordWriter.ToJson(enterprise)), RecordWriter.Write(enterprise));
    }

    [Fact]
    public void ReadOne_ReadsEveryRevision2Field_WhenProjectHasThem()
    {
        var json = RecordJson.With(TestData.Project, "county", "\"南康区\"");
        json = RecordJson.With(json, "cityCode", "\"360700\"");
        json = RecordJson.With(json, "countyCode", "\"360703\"");
        json = RecordJson.With(json, "builder", "{\"name\": \"赣州某家具有限公司\", \"creditCode\": \"91360400MA35H8K2RG\", \"contact\": \"李四\"}");
        json = RecordJson.With(json, "projectCode", "\"2503-360703-04-01-123456\"");
        json = RecordJson.With(json, "eiaDocument", "\"table\"");
        json = RecordJson.With(json, "investmentTenThousandYuan", "1500.5");

        var parsed = Read(json);

        var project = Assert.IsType<ProjectRecord>(parsed.Record);
        Assert.Equal(("360700", "360703"), (project.CityCode, project.CountyCode));
        Assert.Equal("赣州某家具有限公司", project.Builder!.Name);
        Assert.Equal("91360400MA35H8K2RG", project.Builder.CreditCode);
        Assert.Equal("李四", (string?)project.Builder.Extra!["contact"]);
        Assert.Equal("2503-360703-04-01-123456", project.ProjectCode);
        Assert.Equal("table", project.EiaDocument);
        Assert.Equal(1500.5, project.InvestmentTenThousandYuan);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), RecordWriter.ToJson(project)), RecordWriter.Write(project));
    }

    [Fact]
    public void Write_RoundTripsRevision2Fields_WhenRecordIsBuiltInCode()
    {
        var enterprise = (EnterpriseRecord)Read(TestData.Enterprise).Record!;
        enterprise = enterprise with
        {
            CityCode = "360400", LegalRepresentative = "王五", Address = "瑞昌市码头镇",
            Permit = enterprise.Permit! with { RenewalAppliedOn = new DateOnly(2026, 2, 28) },
            Facilities = [enterprise.Facilities[0] with { Name = "2#锅炉", CommissionedOn = new DateOnly(2019, 12, 31) }],
            Emissions = [],
        };

        var again = Assert.IsType<EnterpriseRecord>(Read(RecordWriter.Write(enterprise)).Record);

        Assert.Equal(RecordWriter.Write(enterprise), RecordWriter.Write(again));
        Assert.Equal(enterprise.Permit, again.Permit);
        Assert.Equal(enterprise.Facilities[0], again.Facilities[0]);
        Assert.Equal("2019-12-31", (string?)RecordWriter.ToJson(again)["facilities"]![0]!["commissionedOn"]);
    }

    private static ParsedRecord Read(string json) => Assert.Single(RecordReader.Read(json, "rev2.json").Records);
}
