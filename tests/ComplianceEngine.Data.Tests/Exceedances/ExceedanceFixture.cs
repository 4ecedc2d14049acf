using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Parameters;
using ComplianceEngine.Screening.Monitoring;

namespace ComplianceEngine.Data.Tests.Exceedances;

/// <summary>A small rule-set parameters file with boiler NOx limits, and the enterprise the exceedance tests use.</summary>
internal static class ExceedanceFixture
{
    /// <summary>Boiler NOx: the national standard (200), a stricter local value for Nanchang (150), ultra-low for coal (50).</summary>
    public static LimitCatalog Catalog() => new(
    [
        Limit("standard", fuel: null, 200, new DateOnly(2014, 7, 1), [], new ParameterReference { Title = "锅炉大气污染物排放标准", Number = "GB 13271-2014", Clause = "表2" }),
        Limit("standard", fuel: null, 150, new DateOnly(2014, 7, 1), ["南昌市"], new ParameterReference { Title = "某市地方标准", Number = "DB 36/0000" }),
        Limit("ultra-low", fuel: "coal", 50, new DateOnly(2019, 4, 22), [], new ParameterReference { Title = "关于推进实施钢铁行业超低排放的意见", Number = "环大气〔2019〕35号" }),
    ]);

    private static EmissionLimit Limit(string regime, string? fuel, double value, DateOnly from, string[] cities, ParameterReference reference) => new()
    {
        Regime = regime, FacilityTypes = ["boiler"], Fuel = fuel, Pollutant = "NOx", ValueMgM3 = value, From = from, Cities = cities, Reference = reference,
    };

    public static EnterpriseRecord Enterprise(string id, string city = "九江市") => new()
    {
        Id = id,
        Name = "某钢铁有限公司",
        IndustryCode = "3120",
        City = city,
        Facilities =
        [
            new Facility { Id = "GL-1", Type = "boiler", Fuel = "coal", UltraLowStatus = "completed", UltraLowCompletedOn = new DateOnly(2025, 3, 1) },
            new Facility { Id = "GL-2", Type = "boiler", Fuel = "coal", UltraLowStatus = "not-started" },
        ],
    };
}
