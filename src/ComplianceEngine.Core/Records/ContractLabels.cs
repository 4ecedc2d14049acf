namespace ComplianceEngine.Core.Records;

/// <summary>Chinese words for the contract's codes, so a Chinese message never shows <c>coal</c> or <c>in-progress</c>.</summary>
public static class ContractLabels
{
    private static readonly Dictionary<string, string> Zh = new(StringComparer.Ordinal)
    {
        ["project"] = "建设项目", ["enterprise"] = "企业",
        ["new"] = "新建", ["expansion"] = "扩建", ["renovation"] = "改建", ["relocation"] = "搬迁",
        ["key"] = "重点管理", ["simplified"] = "简化管理", ["registration"] = "登记管理",
        ["boiler"] = "锅炉", ["power-unit"] = "发电机组", ["sintering"] = "烧结机", ["pelletizing"] = "球团设备",
        ["blast-furnace"] = "高炉", ["converter"] = "转炉", ["electric-furnace"] = "电炉", ["coke-oven"] = "焦炉",
        ["cement-kiln"] = "水泥窑", ["ceramic-kiln"] = "陶瓷窑炉", ["glass-furnace"] = "玻璃熔窑", ["coating-line"] = "涂装线",
        ["printing-line"] = "印刷线", ["storage-tank"] = "储罐", ["other"] = "其他设施",
        ["coal"] = "燃煤", ["gas"] = "燃气", ["oil"] = "燃油", ["biomass"] = "生物质", ["electric"] = "电",
        ["completed"] = "已完成", ["in-progress"] = "改造中", ["not-started"] = "未启动",
        ["PM"] = "颗粒物", ["SO2"] = "二氧化硫", ["NOx"] = "氮氧化物", ["NMHC"] = "非甲烷总烃",
        ["Pb"] = "铅", ["Hg"] = "汞", ["Cd"] = "镉", ["Cr"] = "铬", ["As"] = "砷", ["Tl"] = "铊", ["Sb"] = "锑",
        ["reduction"] = "减量置换", ["equal"] = "等量替换", ["none"] = "无",
        // Sectors (SectorMap.AllSectors), as the plans name the industries.
        ["thermal-power"] = "火电", ["steel"] = "钢铁", ["coking"] = "焦化", ["coal-chemical"] = "煤化工", ["petrochemical"] = "石化",
        ["chemical"] = "化工", ["pesticide"] = "农药", ["pharmaceutical"] = "制药", ["nonferrous-smelting"] = "有色金属冶炼",
        ["cement"] = "水泥", ["flat-glass"] = "平板玻璃", ["ceramics"] = "陶瓷", ["brick"] = "砖瓦", ["packaging-printing"] = "包装印刷",
        ["furniture"] = "家具制造", ["surface-coating"] = "工业涂装", ["lead-battery"] = "铅蓄电池", ["electroplating"] = "电镀",
        ["auto-repair"] = "汽车维修", ["livestock"] = "畜禽养殖",
        ["green"] = "绿色", ["blue"] = "蓝色", ["yellow"] = "黄色", ["red"] = "红色", ["black"] = "黑色",
    };

    private static readonly Dictionary<string, string> CitiesEn = new(StringComparer.Ordinal)
    {
        ["南昌市"] = "Nanchang", ["九江市"] = "Jiujiang", ["景德镇市"] = "Jingdezhen", ["萍乡市"] = "Pingxiang", ["新余市"] = "Xinyu",
        ["鹰潭市"] = "Yingtan", ["赣州市"] = "Ganzhou", ["宜春市"] = "Yichun", ["上饶市"] = "Shangrao", ["吉安市"] = "Ji'an", ["抚州市"] = "Fuzhou",
    };

    /// <summary>A city of <see cref="ContractValues.Cities"/> in English (pinyin, as the bureaus write it), or the name itself for another.</summary>
    public static string CityInEnglish(string city) => CitiesEn.GetValueOrDefault(city, city);

    /// <summary>The Chinese word for a contract code, or the text itself when it is not a code.</summary>
    public static string InChinese(string text) => Zh.GetValueOrDefault(text, text);

    // The EIA document kinds share a code with the permit's 登记管理 (registration), so they have their own names.
    private static readonly Dictionary<string, (string Zh, string En)> EiaDocuments = new(StringComparer.Ordinal)
    {
        ["report"] = ("环境影响报告书", "environmental impact report"),
        ["table"] = ("环境影响报告表", "environmental impact report form"),
        ["registration"] = ("环境影响登记表", "environmental impact registration form"),
    };

    /// <summary>An EIA document kind (<see cref="ContractValues.EiaDocuments"/>) in Chinese and English, or the code itself for another.</summary>
    public static (string Zh, string En) EiaDocument(string code) => EiaDocuments.GetValueOrDefault(code, (code, code));
}
