namespace ComplianceEngine.Host.Tests;

/// <summary>Project records for the tests, written out so each test shows what it submits.</summary>
internal static class Projects
{
    public static string Json(string id, bool inEcologicalRedLine = false) => $$"""
        {
          "kind": "project",
          "id": "{{id}}",
          "name": "测试食品加工厂项目",
          "industryCode": "1331",
          "city": "景德镇市",
          "county": "乐平市",
          "constructionType": "new",
          "applicationDate": "2026-02-05",
          "annualEnergyTce": 1828,
          "site": {
            "inEcologicalRedLine": {{(inEcologicalRedLine ? "true" : "false")}},
            "inPermanentBasicFarmland": false,
            "inCountyBuiltUpArea": true,
            "inChemicalPark": false,
            "inLivestockBanZone": false,
            "distanceToYangtzeKm": 35.9,
            "cityPm25Attained": true
          },
          "captiveCoalPowerUnit": false,
          "addsCapacity": false,
          "usesEliminatedProcess": false
        }
        """;
}
