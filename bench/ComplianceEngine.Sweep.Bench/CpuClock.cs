using System.Globalization;

namespace ComplianceEngine.Sweep.Bench;

/// <summary>
/// CPU seconds (user + system) from <c>/proc</c>: of one process, or of a PostgreSQL cluster (the postmaster, the
/// backends it has reaped and the ones still running), so the sweep's cost can be split between host and database.
/// </summary>
internal static class CpuClock
{
    private static readonly double TicksPerSecond = 100.0;

    /// <summary>utime + stime of a live process; with <paramref name="reaped"/> also its waited-for children's.</summary>
    public static double Seconds(int pid, bool reaped = false)
    {
        var fields = Fields(pid);
        if (fields is null)
        {
            return 0;
        }

        // Fields after the command's closing parenthesis: [11] utime, [12] stime, [13] cutime, [14] cstime.
        var ticks = Tick(fields[11]) + Tick(fields[12]) + (reaped ? Tick(fields[13]) + Tick(fields[14]) : 0);
        return ticks / TicksPerSecond;
    }

    /// <summary>The cluster's CPU so far: the postmaster with its reaped backends, plus every live child.</summary>
    public static double ClusterSeconds(int postmaster)
    {
        var total = Seconds(postmaster, reaped: true);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Fields(pid) is { } f && f[1] == postmaster.ToString(CultureInfo.InvariantCulture))
            {
                total += Seconds(pid);
            }
        }

        return total;
    }

    public static int Parent(int pid) =>
        int.Parse(Fields(pid)?[1] ?? throw new InvalidOperationException($"no process {pid} (is PostgreSQL on this machine?)"), CultureInfo.InvariantCulture);

    private static long Tick(string field) => long.Parse(field, CultureInfo.InvariantCulture);

    // /proc/PID/stat split after "(comm)", which may hold spaces: [0] state, [1] ppid, ...
    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
