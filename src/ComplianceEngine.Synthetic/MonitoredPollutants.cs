namespace ComplianceEngine.Synthetic;

/// <summary>What each facility type is monitored for, with typical monthly means under the standard regime and after an ultra-low retrofit: plants run below their limits.</summary>
internal static class MonitoredPollutants
{
    public static readonly Dictionary<string, (string Pollutant, double Standard, double UltraLow)[]> Typical = new()
    {
        ["sintering"] = [("NOx", 180, 38), ("SO2", 90, 22), ("PM", 25, 6)],
        ["cement-kiln"] = [("NOx", 250, 38), ("PM", 18, 6)],
        ["coke-oven"] = [("NOx", 300, 110), ("SO2", 30, 20)],
        ["power-unit"] = [("NOx", 70, 35), ("SO2", 60, 22), ("PM", 15, 5)],
        ["boiler"] = [("NOx", 150, 38), ("SO2", 120, 22), ("PM", 25, 6)],
        ["ceramic-kiln"] = [("NOx", 120, 120), ("SO2", 30, 30), ("PM", 18, 18)],
        ["printing-line"] = [("NMHC", 35, 35)],
        ["coating-line"] = [("NMHC", 60, 60)],
    };
}
