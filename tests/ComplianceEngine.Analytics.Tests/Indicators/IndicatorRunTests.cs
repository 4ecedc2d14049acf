using ComplianceEngine.Analytics.Indicators;
using ComplianceEngine.Core.Places;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Analytics.Tests.Indicators;

/// <summary>
/// The shipped indicators on a hand-made register of five enterprises (Data/register.json), whose expected values
/// are counted by hand in each test from the records' own fields.
/// </summary>
public class IndicatorRunTests
{
    private static readonly RuleSet Shipped = RuleSetLoader.Load(Repository.Rules);
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.Read(Repository.Rules, Shipped);
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly NewYear = new(2026, 1, 1);
    private static readonly DateOnly AsOf = new(2026, 11, 23);
    private static readonly IReadOnlyList<IndicatorValue> Values = Compute();

    private static IReadOnlyList<IndicatorValue> Compute()
    {
        var records = RecordReader.Read(File.ReadAllText(Repository.TestData("register.json")), "register.json").Records;
        Assert.All(records, r => Assert.True(r.IsValid, string.Join("; ", r.Errors)));
        return new IndicatorRun(Shipped, Catalog.Indicators, [Start, NewYear, AsOf]).Compute(records);
    }

    private static IndicatorValue Value(string indicator, DateOnly asOf, string city, string sector = IndicatorTally.AllSectors) =>
        Values.Single(v => v.Indicator == indicator && v.AsOf == asOf && v.City == city && v.Sector == sector);

    [Fact]
    public void Read_FindsTheShippedIndicators_WithoutProblems()
    {
        Assert.Empty(Catalog.Issues);
        Assert.Equal(["IND-ULE-STEEL", "IND-ULE-HEAVY", "IND-COALBOILER-SMALL", "IND-VOC-BYPASS", "IND-PERMIT-COVERAGE", "IND-PAST-DEADLINE"],
            Catalog.Indicators.Select(i => i.Id));
    }

    [Fact]
    public void Compute_SharesSteelFacilitiesRetrofitted_PerCityAndProvince()
    {
        // T-01 (南昌市): sintering done, blast furnace in progress; T-02 (赣州市): converter done.
        Assert.Equal((1L, 2L, 0.5), (Value("IND-ULE-STEEL", AsOf, "南昌市").Counted, Value("IND-ULE-STEEL", AsOf, "南昌市").Members, Value("IND-ULE-STEEL", AsOf, "南昌市").Value!.Value));
        Assert.Equal((1L, 1L), (Value("IND-ULE-STEEL", AsOf, "赣州市").Counted, Value("IND-ULE-STEEL", AsOf, "赣州市").Members));
        var province = Value("IND-ULE-STEEL", AsOf, JiangxiDivisions.ProvinceName);
        Assert.Equal((2L, 3L), (province.Counted, province.Members));
        Assert.Equal(1.0 - (2.0 / 3), province.Gap!.Value, 6);
        Assert.Equal((2L, 3L), (Value("IND-ULE-STEEL", AsOf, JiangxiDivisions.ProvinceName, "steel").Counted, Value("IND-ULE-STEEL", AsOf, JiangxiDivisions.ProvinceName, "steel").Members));
    }

    [Fact]
    public void Compute_CountsSmallCoalBoilers_OnlyOnceInService()
    {
        // T-04: coal 20 t/h (2019) and coal 10 t/h (commissioned 2026-03-01) are ≤ 35 t/h; coal 50 t/h and gas 10 t/h are not.
        Assert.Equal(1.0, Value("IND-COALBOILER-SMALL", NewYear, "九江市").Value);
        Assert.Equal(2.0, Value("IND-COALBOILER-SMALL", AsOf, "九江市").Value);
        Assert.Equal(2.0, Value("IND-COALBOILER-SMALL", AsOf, JiangxiDivisions.ProvinceName).Value);
    }

    [Fact]
    public void Compute_CountsVocBypasses_WhereThePrintingLineKeepsOne()
    {
        // T-03 YS-1 keeps a bypass; T-05's line has none.
        Assert.Equal(1.0, Value("IND-VOC-BYPASS", AsOf, "九江市").Value);
        Assert.Equal(0.0, Value("IND-VOC-BYPASS", AsOf, "新余市").Value);
        Assert.Equal(1.0, Value("IND-VOC-BYPASS", AsOf, JiangxiDivisions.ProvinceName).Value);
    }

    [Fact]
    public void Compute_FollowsPermitValidity_OverTheSeries()
    {
        // T-02 has none, T-05's expired 2025-06-30, T-03's is in force only from 2026-06-01; T-01 and T-04 hold one throughout.
        Assert.Equal((3L, 5L), Pair(Value("IND-PERMIT-COVERAGE", Start, JiangxiDivisions.ProvinceName)));
        Assert.Equal((2L, 5L), Pair(Value("IND-PERMIT-COVERAGE", NewYear, JiangxiDivisions.ProvinceName)));
        Assert.Equal((3L, 5L), Pair(Value("IND-PERMIT-COVERAGE", AsOf, JiangxiDivisions.ProvinceName)));
        Assert.Equal((0L, 1L), Pair(Value("IND-PERMIT-COVERAGE", AsOf, "新余市")));
    }

    [Fact]
    public void Compute_CountsEnterprisesPastADeadline_OnlyAfterTheDeadlinesPass()
    {
        // Steel (T-01), VOC bypass (T-03) and gas-boiler low-NOx (T-04) deadlines are all 2025-12-31; T-05 (新余, no
        // report ever filed) is past its execution report's due date (31 January) at both dates.
        Assert.Equal(1.0, Value("IND-PAST-DEADLINE", Start, JiangxiDivisions.ProvinceName).Value);
        Assert.Equal(4.0, Value("IND-PAST-DEADLINE", AsOf, JiangxiDivisions.ProvinceName).Value);
        Assert.Equal(2.0, Value("IND-PAST-DEADLINE", AsOf, "九江市").Value);
    }

    [Fact]
    public void Compute_GivesEveryCityARow_EvenWithoutMembers()
    {
        var rows = Values.Where(v => v.Indicator == "IND-ULE-STEEL" && v.AsOf == AsOf && v.Sector == IndicatorTally.AllSectors).ToArray();

        Assert.Equal(12, rows.Length);
        Assert.Null(rows.Single(r => r.City == "鹰潭市").Value);
        Assert.Equal(0, rows.Single(r => r.City == "鹰潭市").Members);
    }

    [Fact]
    public void Read_ReportsTheIndicator_WhenItsTargetQuoteIsNotInTheSource()
    {
        var folder = Directory.CreateTempSubdirectory("ce-indicators-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "indicators"));
            var text = File.ReadAllText(Path.Combine(Repository.Rules, "indicators", "indicators.json"))
                .Replace("力争全省钢铁企业完成改造", "力争全省钢铁企业全部完成改造", StringComparison.Ordinal)
                .Replace("\"rules\": [\"VOC-BYPASS-01\"]", "\"rules\": [\"VOC-BYPASS-99\"]", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder.FullName, "indicators", "indicators.json"), text);

            var issues = IndicatorCatalog.Read(folder.FullName, Shipped).Issues;

            Assert.Equal([("IND-ULE-STEEL", "target.quote is not verbatim"), ("IND-VOC-BYPASS", "names unknown rule 'VOC-BYPASS-99'")],
                issues.Select(i => (i.Location!, i.Reason.StartsWith("target.quote", StringComparison.Ordinal) ? "target.quote is not verbatim" : i.Reason)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (long, long) Pair(IndicatorValue v) => (v.Counted, v.Members);
}
