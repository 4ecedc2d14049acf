namespace ComplianceEngine.Core.Monitoring;

/// <summary>The monitored pollutants of the contract.</summary>
public static class Pollutants
{
    public static readonly IReadOnlyList<string> All = ["PM", "SO2", "NOx", "NMHC"];

    public static readonly IReadOnlySet<string> Known = new HashSet<string>(All, StringComparer.Ordinal);
}
