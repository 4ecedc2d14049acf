using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

public class RecordReaderExamplesTests
{
    [Theory]
    [InlineData("enterprises.json", 3)]
    [InlineData("projects.json", 3)]
    public void Read_AllRecordsValid_WhenContractExample(string file, int count)
    {
        var batch = RecordReader.Read(TestData.Text(file), file);

        Assert.Equal(count, batch.Records.Count);
        Assert.All(batch.Records, r => Assert.True(r.IsValid, string.Join("; ", r.Errors)));
    }

    [Fact]
    public void Read_FillsEnterpriseModel_WhenContractExample()
    {
        var batch = RecordReader.Read(TestData.Text("enterprises.json"), "enterprises.json");

        var steel = Assert.IsType<EnterpriseRecord>(batch.Records[0].Record);
        Assert.Equal("E-0002", steel.Id);
        Assert.Equal("91360400MA35H8K2RG", steel.CreditCode);
        Assert.Equal(new DateOnly(2026, 5, 31), steel.Permit!.ValidTo);
        Assert.Equal(2024, steel.Permit.LastAnnualReportYear);
        Assert.Equal(2, steel.Facilities.Count);
        Assert.Equal(75, steel.Facilities[1].CapacityTph);
        Assert.Equal(new DateOnly(2023, 9, 30), steel.Facilities[1].UltraLowCompletedOn);
        Assert.Equal(new DateOnly(2025, 9, 1), steel.Emissions[0].Period);
        Assert.Equal(86.0, steel.Emissions[0].ConcentrationMgM3);
        Assert.Equal("yellow", steel.History!.CreditRating);
        Assert.Contains("steel", steel.Sectors);
        Assert.True(steel.IsTwoHigh);

        var ceramics = Assert.IsType<EnterpriseRecord>(batch.Records[2].Record);
        Assert.Null(ceramics.Permit);
        Assert.Contains("ceramics", ceramics.Sectors);
        Assert.Equal("enterprise", batch.Records[2].Kind);
        Assert.Equal("E-0203", batch.Records[2].Id);
    }

    [Fact]
    public void Read_FillsProjectModel_WhenContractExample()
    {
        var batch = RecordReader.Read(TestData.Text("projects.json"), "projects.json");

        var furniture = Assert.IsType<ProjectRecord>(batch.Records[0].Record);
        Assert.Equal("南康区", furniture.County);
        Assert.Equal(new DateOnly(2025, 3, 10), furniture.ApplicationDate);
        Assert.True(furniture.Site.InCountyBuiltUpArea);
        Assert.Equal(40.0, furniture.Site.DistanceToYangtzeKm);
        Assert.Null(furniture.Facilities[0].Id);
        Assert.Equal("coal", furniture.Facilities[0].Fuel);
        Assert.Equal(0.3, furniture.LowVocMaterialShare);
        Assert.Contains("furniture", furniture.Sectors);

        var steel = Assert.IsType<ProjectRecord>(batch.Records[1].Record);
        Assert.Equal("E-0002", steel.EnterpriseId);
        Assert.Equal(420000, steel.AnnualEnergyTce);
        Assert.True(steel.AddsCapacity);
        Assert.Null(steel.CapacityReplacement);
        Assert.Null(steel.RegionalOffset);
        Assert.True(steel.IsNewOrExpansion);

        var electronics = Assert.IsType<ProjectRecord>(batch.Records[2].Record);
        Assert.Empty(electronics.Sectors);
        Assert.False(electronics.IsNewOrExpansion);
    }
}
