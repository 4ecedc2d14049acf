namespace ComplianceEngine.Core.Records;

/// <summary>The contract's mapping from GB/T 4754-2017 classes (and facilities) to the sectors rules speak of.</summary>
public static class SectorMap
{
    public static readonly IReadOnlySet<string> TwoHighSectors = new HashSet<string>
    {
        "thermal-power", "steel", "coking", "coal-chemical", "petrochemical", "chemical",
        "pesticide", "nonferrous-smelting", "cement", "flat-glass", "ceramics", "brick",
    };

    public static readonly IReadOnlyList<string> AllSectors =
    [
        "thermal-power", "steel", "coking", "coal-chemical", "petrochemical", "chemical", "pesticide",
        "pharmaceutical", "nonferrous-smelting", "cement", "flat-glass", "ceramics", "brick",
        "packaging-printing", "furniture", "surface-coating", "lead-battery", "electroplating",
        "auto-repair", "livestock",
    ];

    private static readonly Dictionary<string, string> ExactCodes = new()
    {
        ["4411"] = "thermal-power", ["4412"] = "thermal-power",
        ["3110"] = "steel", ["3120"] = "steel", ["3130"] = "steel", ["3140"] = "steel",
        ["2521"] = "coking",
        ["2522"] = "coal-chemical", ["2523"] = "coal-chemical", ["2524"] = "coal-chemical",
        ["2511"] = "petrochemical",
        ["2631"] = "pesticide", ["2632"] = "pesticide",
        ["2710"] = "pharmaceutical", ["2720"] = "pharmaceutical", ["2730"] = "pharmaceutical",
        ["2740"] = "pharmaceutical", ["2750"] = "pharmaceutical", ["2760"] = "pharmaceutical",
        ["2770"] = "pharmaceutical",
        ["3011"] = "cement",
        ["3041"] = "flat-glass",
        ["3071"] = "ceramics", ["3072"] = "ceramics", ["3073"] = "ceramics", ["3074"] = "ceramics",
        ["3075"] = "ceramics", ["3076"] = "ceramics", ["3079"] = "ceramics",
        ["3031"] = "brick",
        ["3843"] = "lead-battery",
        ["3360"] = "electroplating",
        ["8111"] = "auto-repair",
        ["0311"] = "livestock", ["0312"] = "livestock", ["0313"] = "livestock", ["0314"] = "livestock",
        ["0315"] = "livestock", ["0319"] = "livestock", ["0321"] = "livestock", ["0322"] = "livestock",
        ["0323"] = "livestock", ["0329"] = "livestock",
    };

    /// <summary>Sectors of a record: by industry code, plus surface-coating for any coating line.</summary>
    public static IReadOnlySet<string> SectorsOf(string industryCode, IEnumerable<Facility> facilities)
    {
        var sectors = new HashSet<string>(StringComparer.Ordinal);
        if (ExactCodes.TryGetValue(industryCode, out var exact))
        {
            sectors.Add(exact);
        }
        else if (industryCode.StartsWith("26", StringComparison.Ordinal))
        {
            sectors.Add("chemical");
        }
        else if (industryCode.StartsWith("32", StringComparison.Ordinal))
        {
            sectors.Add("nonferrous-smelting");
        }
        else if (industryCode.StartsWith("21", StringComparison.Ordinal))
        {
            sectors.Add("furniture");
        }
        else if (industryCode.StartsWith("231", StringComparison.Ordinal))
        {
            // The contract maps only 2319 to packaging-printing, but every 231x counts for VOC purposes.
            sectors.Add("packaging-printing");
        }

        if (facilities.Any(f => f.Type == "coating-line"))
        {
            sectors.Add("surface-coating");
        }

        return sectors;
    }
}
