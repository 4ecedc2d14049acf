using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

/// <summary>Issue 11 item 2: city and county names read as official Jiangxi divisions, or refused with the valid names.</summary>
public class PlaceReaderTests
{
    [Theory]
    [InlineData("\"赣州\"")]
    [InlineData("\"赣州市\\u3000\"")]
    [InlineData("\" 赣州市\"")]
    [InlineData("\"贛州市\"")]
    [InlineData("\"江西省赣州市\"")]
    public void ReadOne_ReadsOfficialCityWithANote_WhenCityIsWrittenAnotherWay(string city)
    {
        var json = RecordJson.With(TestData.Enterprise, "city", city);
        var written = System.Text.Json.JsonSerializer.Deserialize<string>(city)!;

        var parsed = Read(json);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.Equal("赣州市", parsed.Record!.City);
        var note = Assert.Single(parsed.Record.Notes);
        Assert.Equal("$.city", note.Path);
        Assert.Equal($"city '{written}' read as 赣州市, its official name (GB/T 2260)", note.Text.En);
        Assert.Contains($"“{written}”", note.Text.Zh, StringComparison.Ordinal);
        // The record is written back with the official name.
        Assert.Equal("赣州市", (string?)RecordWriter.ToJson(parsed.Record)["city"]);
    }

    [Fact]
    public void ReadOne_HasNoNote_WhenCityIsTheOfficialName()
    {
        Assert.Empty(Read(TestData.Enterprise).Record!.Notes);
    }

    [Fact]
    public void ReadOne_ListsTheCities_WhenCityIsNotOfJiangxi()
    {
        var parsed = Read(RecordJson.With(TestData.Enterprise, "city", "\"火星市\""));

        Assert.Null(parsed.Record);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal("$.city", error.Path);
        Assert.Equal("'火星市' is not a prefecture-level city of Jiangxi; expected one of 南昌市, 景德镇市, 萍乡市, 九江市, 新余市, "
            + "鹰潭市, 赣州市, 吉安市, 宜春市, 抚州市, 上饶市", error.Reason);
    }

    [Fact]
    public void ReadOne_ListsTheCountiesOfTheCity_WhenCountyIsNotInIt()
    {
        var parsed = Read(RecordJson.With(TestData.Project, "county", "\"湖口县\""));

        var error = Assert.Single(parsed.Errors);
        Assert.Equal("$.county", error.Path);
        Assert.StartsWith("'湖口县' is not a county-level division of 赣州市; expected one of 章贡区, 南康区, 赣县区, 信丰县", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith("瑞金市, 龙南市", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadOne_NotesBothNames_WhenCityAndCountyAreWrittenAnotherWay()
    {
        var json = RecordJson.With(TestData.Project, "city", "\"贛州\"");
        json = RecordJson.With(json, "county", "\"南康\"");
        json = RecordJson.With(json, "countyCode", "\"360703\"");

        var project = Assert.IsType<ProjectRecord>(Read(json).Record);

        Assert.Equal(("赣州市", "南康区"), (project.City, project.County));
        Assert.Equal(["$.city", "$.county"], project.Notes.Select(n => n.Path));
    }

    [Fact]
    public void ReadOne_ChecksCodesAgainstOfficialNames_WhenNamesAreWrittenAnotherWay()
    {
        var json = RecordJson.With(TestData.Enterprise, "city", "\"九江\"");
        json = RecordJson.With(json, "cityCode", "\"360700\"");

        var error = Assert.Single(Read(json).Errors);

        Assert.Equal("cityCode 360700 is 赣州市, but city is 九江市", error.Reason);
    }

    private static ParsedRecord Read(string json) => Assert.Single(RecordReader.Read(json, "place.json").Records);
}
