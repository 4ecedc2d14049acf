namespace ComplianceEngine.Core.Tests.Records;

/// <summary>Files copied next to the test assembly (Records/Data).</summary>
internal static class TestData
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Records", "Data", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    /// <summary>A valid enterprise record; tests patch it into invalid ones.</summary>
    public const string Enterprise = """
        {
          "kind": "enterprise", "id": "E-1", "name": "某企业", "creditCode": "91360400MA35H8K2RG",
          "industryCode": "3120", "city": "九江市",
          "permit": { "number": "P-1", "managementClass": "key", "validFrom": "2021-06-01", "validTo": "2026-05-31" },
          "facilities": [
            { "id": "GL-1", "type": "boiler", "fuel": "coal", "capacityTph": 75 },
            { "id": "SJ-1", "type": "sintering" }
          ],
          "emissions": [ { "facilityId": "GL-1", "pollutant": "NOx", "concentrationMgM3": 41.0, "period": "2025-09" } ],
          "history": { "violations3y": 1, "inspections3y": 5, "complaints12m": 3, "creditRating": "yellow" }
        }
        """;

    /// <summary>A valid project record.</summary>
    public const string Project = """
        {
          "kind": "project", "id": "P-1", "name": "某项目", "industryCode": "2110", "city": "赣州市",
          "constructionType": "new", "applicationDate": "2025-03-10",
          "site": { "inEcologicalRedLine": false, "inPermanentBasicFarmland": false,
                    "inCountyBuiltUpArea": true, "inChemicalPark": false }
        }
        """;
}
