using System.Globalization;

namespace ComplianceEngine.Sweep.Bench;

/// <summary>
/// The bench's command line: <c>--enterprises</c>, <c>--monitored</c>, <c>--hosts</c>, <c>--batch</c>, <c>--host-dll</c>,
/// <c>--night yes</c> (after the sweep, the three notice runs of the same date).
/// </summary>
internal sealed record Options(int Enterprises, int Monitored, int Hosts, int Batch, string HostDll, string Repository, bool Night)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var repository = FindRepository();
        var enterprises = Int("--enterprises", 100_000);
        var dll = values.TryGetValue("--host-dll", out var d) ? Path.GetFullPath(d)
            : Path.Combine(repository, "src", "ComplianceEngine.Host", "bin", "Release", "net10.0", "ComplianceEngine.Host.dll");
        return new Options(enterprises, Int("--monitored", enterprises / 1000), Int("--hosts", 1), Int("--batch", 500), dll, repository,
            values.TryGetValue("--night", out var night) && night == "yes");
    }

    // The folder holding ComplianceEngine.sln, above the bench's own binaries.
    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplianceEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the bench from inside the repository");
    }
}
