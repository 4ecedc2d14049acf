namespace ComplianceEngine.Core.Records;

/// <summary>The closed value sets of the record contract, shared by the reader and the rule catalog checks.</summary>
public static class ContractVocabulary
{
    /// <summary>The eleven prefecture-level cities of Jiangxi.</summary>
    public static readonly IReadOnlyList<string> Cities =
        ["南昌市", "九江市", "景德镇市", "萍乡市", "新余市", "鹰潭市", "赣州市", "宜春市", "上饶市", "吉安市", "抚州市"];

    public static readonly IReadOnlyList<string> FacilityTypes =
    [
        "boiler", "power-unit", "sintering", "pelletizing", "blast-furnace", "converter", "electric-furnace", "coke-oven",
        "cement-kiln", "ceramic-kiln", "glass-furnace", "coating-line", "printing-line", "storage-tank", "other",
    ];

    public static readonly IReadOnlyList<string> Fuels = ["coal", "gas", "oil", "biomass", "electric"];
    public static readonly IReadOnlyList<string> UltraLowStatuses = ["completed", "in-progress", "not-started"];
    public static readonly IReadOnlyList<string> Pollutants = ["PM", "SO2", "NOx", "NMHC"];
    public static readonly IReadOnlyList<string> ManagementClasses = ["key", "simplified", "registration"];
    public static readonly IReadOnlyList<string> CreditRatings = ["green", "blue", "yellow", "red", "black"];
    public static readonly IReadOnlyList<string> ConstructionTypes = ["new", "expansion", "renovation", "relocation"];
    public static readonly IReadOnlyList<string> HeavyMetals = ["Pb", "Hg", "Cd", "Cr", "As", "Tl", "Sb"];
    public static readonly IReadOnlyList<string> HeavyMetalOffsets = ["reduction", "equal", "none"];
}
