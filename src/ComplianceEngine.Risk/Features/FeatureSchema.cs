using System.Security.Cryptography;
using System.Text;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Risk.Features;

/// <summary>
/// The names and order of the risk features, and their version. A model records the schema it was trained on and is
/// refused when it does not match this one (<see cref="Training.ModelSchemaMismatchException"/>). Change
/// <see cref="Version"/> whenever a feature's meaning changes, even if the names stay.
/// </summary>
public static class FeatureSchema
{
    public const string Version = "risk-features/1";

    public static readonly IReadOnlyList<string> FindingSeverities = ["prohibition", "condition", "obligation", "limit", "supervision", "missing", "advisory"];

    public static readonly IReadOnlyList<string> Families =
        ["ultra-low", "voc", "permits", "limits", "clean-production", "heavy-metals", "two-high", "siting"];

    /// <summary>Families whose overdue obligations get a feature (and a reason phrase) of their own.</summary>
    public static readonly IReadOnlyList<string> OverdueFamilies = ["ultra-low", "voc", "permits"];

    public static readonly IReadOnlyList<string> PermitStates = ["none", "expired", "expiring", "valid"];

    public static readonly IReadOnlyList<string> Names = Build();

    public static int Count => Names.Count;

    /// <summary>SHA-256 of the version and the names in order: equal fingerprints mean equal schemas.</summary>
    public static string Fingerprint { get; } = Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes(Version + "\n" + string.Join("\n", Names))));

    public static int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"no feature '{name}' in {Version}", nameof(name));
    }

    private static List<string> Build()
    {
        var names = new List<string>();
        names.AddRange(FindingSeverities.Select(s => "findings." + s));
        names.AddRange(Families.Select(f => "family." + f));
        names.Add("overdue.total");
        names.AddRange(OverdueFamilies.Select(f => "overdue." + f));
        names.Add("overdue.maxDays");
        names.Add("limits.exceedanceRatio");
        names.Add("limits.exceedances");
        names.AddRange(PermitStates.Select(s => "permit." + s));
        names.AddRange(ContractValues.ManagementClasses.Select(c => "management." + c));
        names.AddRange(["history.violations3y", "history.inspections3y", "history.complaints12m", "history.creditRating"]);
        names.AddRange(["record.facilities", "record.unfinishedRetrofits", "record.bypasses", "record.untreatedVoc"]);
        names.AddRange(SectorMap.AllSectors.Select(s => "sector." + s));
        names.AddRange(ContractValues.Cities.Select(c => "city." + c));
        return names;
    }
}
