using ComplianceEngine.Core.Places;

namespace ComplianceEngine.Synthetic;

/// <summary>The eleven cities of Jiangxi, a few counties each, and rough weights by industry.</summary>
internal static class Places
{
    /// <summary>A city with its weight and the counties records are placed in; codes come from <see cref="JiangxiDivisions"/>.</summary>
    public sealed record City(string Name, double Weight, string[] Counties)
    {
        public PrefectureCity Division { get; } = JiangxiDivisions.CityNamed(Name)
            ?? throw new InvalidOperationException($"{Name} is not a city of Jiangxi");

        public string Code => Division.Code;

        /// <summary>The GB/T 2260 code of one of <see cref="Counties"/>.</summary>
        public string CountyCode(string county) => Division.CountyNamed(county)?.Code
            ?? throw new InvalidOperationException($"{county} is not a county-level division of {Name}");
    }

    public static readonly IReadOnlyList<City> Cities =
    [
        new("南昌市", 14, ["南昌县", "新建区", "进贤县", "安义县"]),
        new("景德镇市", 5, ["浮梁县", "乐平市", "昌江区"]),
        new("萍乡市", 6, ["湘东区", "上栗县", "芦溪县"]),
        new("九江市", 12, ["湖口县", "彭泽县", "瑞昌市", "永修县"]),
        new("新余市", 6, ["渝水区", "分宜县"]),
        new("鹰潭市", 5, ["贵溪市", "余江区", "月湖区"]),
        new("赣州市", 14, ["南康区", "赣县区", "信丰县", "龙南市", "大余县", "崇义县"]),
        new("吉安市", 9, ["吉州区", "新干县", "泰和县", "井冈山市"]),
        new("宜春市", 11, ["高安市", "丰城市", "樟树市", "袁州区"]),
        new("抚州市", 7, ["临川区", "东乡区", "南城县"]),
        new("上饶市", 10, ["广信区", "德兴市", "鄱阳县", "玉山县"]),
    ];

    private static readonly string[] Trades = ["恒", "鑫", "华", "赣", "昌", "瑞", "宏", "盛", "达", "源", "洪", "鸿"];

    public static string Trade(Draw d) => d.Pick(Trades) + d.Pick(Trades);
}
