using System.Globalization;
using System.Text;

namespace ComplianceEngine.Data.Bench;

/// <summary>Writes synthetic but contract-shaped inputs: enterprises as JSON lines, readings as CSV.</summary>
internal static class BenchData
{
    private static readonly string[] Cities = ["南昌市", "九江市", "赣州市", "宜春市", "上饶市", "吉安市", "抚州市", "景德镇市", "萍乡市", "新余市", "鹰潭市"];

    // A county of each city above (a county outside its city makes the record invalid).
    private static readonly string[] Counties = ["南昌县", "湖口县", "南康区", "袁州区", "玉山县", "吉州区", "临川区", "浮梁县", "湘东区", "渝水区", "月湖区"];
    private static readonly string[] Codes = ["3120", "2319", "3071", "4411", "2614", "3011", "3360", "2110"];
    private static readonly string[] Pollutants = ["NOx", "SO2", "PM"];

    public static void WriteEnterprises(string path, int count)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        for (var i = 0; i < count; i++)
        {
            var city = Cities[i % Cities.Length];
            var county = Counties[i % Counties.Length];
            var code = Codes[i % Codes.Length];
            w.Write(string.Create(CultureInfo.InvariantCulture, $$$"""
                {"kind":"enterprise","id":"B-{{{i:D7}}}","name":"基准企业{{{i}}}有限公司","industryCode":"{{{code}}}","city":"{{{city}}}","county":"{{{county}}}","permit":{"number":"P{{{i:D9}}}","managementClass":"key","validFrom":"2021-06-01","validTo":"2026-05-31","lastAnnualReportYear":2024},"facilities":[{"id":"GL-1","type":"boiler","fuel":"coal","capacityTph":{{{10 + i % 90}}},"ultraLowStatus":"{{{(i % 3 == 0 ? "completed" : "in-progress")}}}","onlineMonitoring":true},{"id":"YL-1","type":"ceramic-kiln","fuel":"gas","onlineMonitoring":false}],"emissions":[{"facilityId":"GL-1","pollutant":"NOx","concentrationMgM3":{{{30 + i % 70}}}.5,"period":"2025-09"}],"history":{"violations3y":{{{i % 4}}},"inspections3y":{{{i % 7}}},"complaints12m":{{{i % 5}}},"creditRating":"blue"}}
                """));
            w.Write('\n');
        }
    }

    /// <summary>Readings for enough enterprises that each facility has a continuous hourly series from 2025-01-01 (+08:00).</summary>
    public static void WriteReadings(string path, int count)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write("enterpriseId,facilityId,pollutant,hour,concentrationMgM3\n");
        const int hoursPerSeries = 24 * 365;
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        for (var i = 0; i < count; i++)
        {
            var series = i / hoursPerSeries;
            var hour = start.AddHours(i % hoursPerSeries);
            var enterprise = series / Pollutants.Length;
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"B-{enterprise:D7},GL-1,{Pollutants[series % Pollutants.Length]},{hour:yyyy-MM-ddTHH:mm:sszzz},{20 + (i * 7919L % 600) / 10.0}\n"));
        }
    }
}
