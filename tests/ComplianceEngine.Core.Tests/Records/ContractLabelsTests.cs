using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

public sealed class ContractLabelsTests
{
    [Fact]
    public void InChinese_NamesEverySector_WhenGivenTheContractsSectorCodes()
    {
        var unnamed = SectorMap.AllSectors.Where(s => ContractLabels.InChinese(s) == s).ToList();

        Assert.Empty(unnamed);
        Assert.Equal("有色金属冶炼", ContractLabels.InChinese("nonferrous-smelting"));
    }

    [Fact]
    public void CityInEnglish_GivesEachCityItsOwnName_WhenGivenTheContractsCities()
    {
        var names = ContractValues.Cities.Select(ContractLabels.CityInEnglish).ToList();

        Assert.Equal(ContractValues.Cities.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches("^[A-Z][a-z']+$", n));
        Assert.Equal("Ji'an", ContractLabels.CityInEnglish("吉安市"));
        Assert.Equal("东京", ContractLabels.CityInEnglish("东京"));
    }
}
