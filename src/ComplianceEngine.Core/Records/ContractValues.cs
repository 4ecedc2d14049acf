namespace ComplianceEngine.Core.Records;

/// <summary>The enumerations of the record contract, in the contract's order.</summary>
public static class ContractValues
{
    public static readonly string[] Kinds = ["project", "enterprise"];

    /// <summary>The eleven prefecture-level cities of Jiangxi (rules and parameters may name only these).</summary>
    public static readonly string[] Cities =
        ["南昌市", "九江市", "景德镇市", "萍乡市", "新余市", "鹰潭市", "赣州市", "宜春市", "上饶市", "吉安市", "抚州市"];

    public static readonly string[] ConstructionTypes = ["new", "expansion", "renovation", "relocation"];

    public static readonly string[] ManagementClasses = ["key", "simplified", "registration"];

    public static readonly string[] FacilityTypes =
    [
        "boiler", "power-unit", "sintering", "pelletizing", "blast-furnace", "converter", "electric-furnace",
        "coke-oven", "cement-kiln", "ceramic-kiln", "glass-furnace", "coating-line", "printing-line",
        "storage-tank", "other",
    ];

    public static readonly string[] Fuels = ["coal", "gas", "oil", "biomass", "electric"];

    public static readonly string[] UltraLowStatuses = ["completed", "in-progress", "not-started"];

    public static readonly string[] Pollutants = ["PM", "SO2", "NOx", "NMHC"];

    public static readonly string[] HeavyMetals = ["Pb", "Hg", "Cd", "Cr", "As", "Tl", "Sb"];

    public static readonly string[] HeavyMetalOffsets = ["reduction", "equal", "none"];

    /// <summary>环境影响报告书 / 报告表 / 登记表.</summary>
    public static readonly string[] EiaDocuments = ["report", "table", "registration"];

    public static readonly string[] CreditRatings = ["green", "blue", "yellow", "red", "black"];
}
