using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Limits;

namespace ComplianceEngine.Data.Tests.Exceedances;

/// <summary>A small rule-set parameters file with boiler NOx limits, and the enterprise the exceedance tests use.</summary>
internal static class ExceedanceFixture
{
    public const string ParametersJson = """
        {
          "parameters": [],
          "limits": [
            { "regime": "standard", "facilityTypes": ["boiler"], "fuel": null, "pollutant": "NOx", "valueMgM3": 200,
              "from": "2014-07-01", "to": null, "cities": [],
              "reference": { "title": "锅炉大气污染物排放标准", "number": "GB 13271-2014", "clause": "表2" } },
            { "regime": "standard", "facilityTypes": ["boiler"], "fuel": null, "pollutant": "NOx", "valueMgM3": 150,
              "from": "2014-07-01", "to": null, "cities": ["南昌市"],
              "reference": { "title": "某市地方标准", "number": "DB 36/0000" } },
            { "regime": "ultra-low", "facilityTypes": ["boiler"], "fuel": "coal", "pollutant": "NOx", "valueMgM3": 50,
              "from": "2019-04-22", "to": null, "cities": [],
              "reference": { "title": "关于推进实施钢铁行业超低排放的意见", "number": "环大气〔2019〕35号" } }
          ]
        }
        """;

    public static LimitCatalog Catalog(TestFiles files)
    {
        files.Write("rules/parameters/limits.json", ParametersJson);
        return LimitCatalog.Load(Path.Combine(files.Folder, "rules"));
    }

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
