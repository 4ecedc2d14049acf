using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

public class SectorMapTests
{
    [Theory]
    [InlineData("4411", "thermal-power")]
    [InlineData("4412", "thermal-power")]
    [InlineData("3110", "steel")]
    [InlineData("3120", "steel")]
    [InlineData("3130", "steel")]
    [InlineData("3140", "steel")]
    [InlineData("2521", "coking")]
    [InlineData("2522", "coal-chemical")]
    [InlineData("2523", "coal-chemical")]
    [InlineData("2524", "coal-chemical")]
    [InlineData("2511", "petrochemical")]
    [InlineData("2601", "chemical")]
    [InlineData("2614", "chemical")]
    [InlineData("2619", "chemical")]
    [InlineData("2625", "chemical")]
    [InlineData("2633", "chemical")]
    [InlineData("2641", "chemical")]
    [InlineData("2699", "chemical")]
    [InlineData("2631", "pesticide")]
    [InlineData("2632", "pesticide")]
    [InlineData("2710", "pharmaceutical")]
    [InlineData("2720", "pharmaceutical")]
    [InlineData("2730", "pharmaceutical")]
    [InlineData("2740", "pharmaceutical")]
    [InlineData("2750", "pharmaceutical")]
    [InlineData("2760", "pharmaceutical")]
    [InlineData("2770", "pharmaceutical")]
    [InlineData("3200", "nonferrous-smelting")]
    [InlineData("3211", "nonferrous-smelting")]
    [InlineData("3216", "nonferrous-smelting")]
    [InlineData("3240", "nonferrous-smelting")]
    [InlineData("3299", "nonferrous-smelting")]
    [InlineData("3011", "cement")]
    [InlineData("3041", "flat-glass")]
    [InlineData("3071", "ceramics")]
    [InlineData("3072", "ceramics")]
    [InlineData("3073", "ceramics")]
    [InlineData("3074", "ceramics")]
    [InlineData("3075", "ceramics")]
    [InlineData("3076", "ceramics")]
    [InlineData("3079", "ceramics")]
    [InlineData("3031", "brick")]
    [InlineData("2319", "packaging-printing")]
    [InlineData("2311", "packaging-printing")]
    [InlineData("2312", "packaging-printing")]
    [InlineData("2110", "furniture")]
    [InlineData("2120", "furniture")]
    [InlineData("2190", "furniture")]
    [InlineData("3843", "lead-battery")]
    [InlineData("3360", "electroplating")]
    [InlineData("8111", "auto-repair")]
    [InlineData("0311", "livestock")]
    [InlineData("0312", "livestock")]
    [InlineData("0313", "livestock")]
    [InlineData("0314", "livestock")]
    [InlineData("0315", "livestock")]
    [InlineData("0319", "livestock")]
    [InlineData("0321", "livestock")]
    [InlineData("0322", "livestock")]
    [InlineData("0323", "livestock")]
    [InlineData("0329", "livestock")]
    public void Read_SetsContractSector_WhenIndustryCodeIsListed(string code, string sector)
    {
        var record = ReadProject(code);

        Assert.Equal([sector], record.Sectors.ToArray());
        Assert.True(record.InSector(sector));
    }

    [Theory]
    [InlineData("2631")]
    [InlineData("2632")]
    public void Read_IsNotChemical_WhenCodeIsPesticide(string code)
    {
        Assert.DoesNotContain("chemical", ReadProject(code).Sectors);
    }

    [Theory]
    [InlineData("3982")]
    [InlineData("3010")]
    [InlineData("3070")]
    [InlineData("2320")]
    [InlineData("2530")]
    [InlineData("4420")]
    [InlineData("3842")]
    [InlineData("0330")]
    [InlineData("3310")]
    public void Read_SetsNoSector_WhenIndustryCodeIsNotListed(string code)
    {
        Assert.Empty(ReadProject(code).Sectors);
    }

    [Theory]
    [InlineData("4411", true)]
    [InlineData("3120", true)]
    [InlineData("2521", true)]
    [InlineData("2523", true)]
    [InlineData("2511", true)]
    [InlineData("2650", true)]
    [InlineData("2631", true)]
    [InlineData("3216", true)]
    [InlineData("3011", true)]
    [InlineData("3041", true)]
    [InlineData("3072", true)]
    [InlineData("3031", true)]
    [InlineData("2710", false)]
    [InlineData("2319", false)]
    [InlineData("2110", false)]
    [InlineData("3843", false)]
    [InlineData("3360", false)]
    [InlineData("8111", false)]
    [InlineData("0311", false)]
    public void IsTwoHigh_MatchesContractList_WhenRecordIsRead(string code, bool twoHigh)
    {
        Assert.Equal(twoHigh, ReadProject(code).IsTwoHigh);
    }

    [Fact]
    public void Read_AddsSurfaceCoating_WhenRecordHasCoatingLine()
    {
        var json = RecordJson.With(TestData.Enterprise, "facilities[1].type", "\"coating-line\"");

        var record = RecordReader.Read(json, "c.json").Records[0].Record!;

        Assert.Equal(["steel", "surface-coating"], record.Sectors.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Read_AddsSurfaceCoating_WhenProjectBuildsCoatingLineInUnlistedClass()
    {
        var json = RecordJson.With(TestData.Project, "industryCode", "\"3982\"");
        json = RecordJson.With(json, "facilities", "[{\"type\": \"coating-line\"}]");

        var record = RecordReader.Read(json, "c.json").Records[0].Record!;

        Assert.Equal(["surface-coating"], record.Sectors.ToArray());
    }

    [Fact]
    public void Read_DoesNotAddSurfaceCoating_WhenOnlyPrintingLine()
    {
        var json = RecordJson.With(TestData.Project, "facilities", "[{\"type\": \"printing-line\"}]");

        Assert.DoesNotContain("surface-coating", RecordReader.Read(json, "c.json").Records[0].Record!.Sectors);
    }

    [Fact]
    public void Read_SharesSectorSet_WhenRecordsHaveSameClassAndNoCoatingLine()
    {
        var first = ReadProject("3120");
        var second = ReadProject("3120");
        var coating = RecordReader.Read(
            RecordJson.With(RecordJson.With(TestData.Project, "industryCode", "\"3120\""), "facilities", "[{\"type\": \"coating-line\"}]"),
            "s.json").Records[0].Record!;

        Assert.Same(first.Sectors, second.Sectors);
        Assert.NotSame(first.Sectors, coating.Sectors);
        Assert.Contains("surface-coating", coating.Sectors);
        Assert.DoesNotContain("surface-coating", first.Sectors);
    }

    [Fact]
    public void AllSectors_HoldsTwentySectorsAndTwoHigh_WhenComparedWithContract()
    {
        Assert.Equal(20, SectorMap.AllSectors.Count);
        Assert.Subset(SectorMap.AllSectors.ToHashSet(), SectorMap.TwoHighSectors.ToHashSet());
    }

    private static ComplianceRecord ReadProject(string code)
    {
        var parsed = RecordReader.Read(RecordJson.With(TestData.Project, "industryCode", $"\"{code}\""), "s.json").Records[0];
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        return parsed.Record!;
    }
}
