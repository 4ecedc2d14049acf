namespace ComplianceEngine.Synthetic;

/// <summary>The eleven cities of Jiangxi with their administrative codes, a few counties each, and rough weights by industry.</summary>
internal static class Places
{
    public sealed record City(string Name, string Code, double Weight, string[] Counties);

    public static readonly IReadOnlyList<City> Cities =
    [
        new("南昌市", "360100", 14, ["南昌县", "新建区", "进贤县", "安义县"]),
        new("景德镇市", "360200", 5, ["浮梁县", "乐平市", "昌江区"]),
        new("萍乡市", "360300", 6, ["湘东区", "上栗县", "芦溪县"]),
        new("九江市", "360400", 12, ["湖口县", "彭泽县", "瑞昌市", "永修县"]),
        new("新余市", "360500", 6, ["渝水区", "分宜县"]),
        new("鹰潭市", "360600", 5, ["贵溪市", "余江区", "月湖区"]),
        new("赣州市", "360700", 14, ["南康区", "赣县区", "信丰县", "龙南市", "大余县", "崇义县"]),
        new("吉安市", "360800", 9, ["吉州区", "新干县", "泰和县", "井冈山市"]),
        new("宜春市", "360900", 11, ["高安市", "丰城市", "樟树市", "袁州区"]),
        new("抚州市", "361000", 7, ["临川区", "东乡区", "南城县"]),
        new("上饶市", "361100", 10, ["广信区", "德兴市", "鄱阳县", "玉山县"]),
    ];

    private static readonly string[] Trades = ["恒", "鑫", "华", "赣", "昌", "瑞", "宏", "盛", "达", "源", "洪", "鸿"];

    public static string Trade(Draw d) => d.Pick(Trades) + d.Pick(Trades);
}
