using BenchmarkDotNet.Running;
using ComplianceEngine.Benchmarks;

// dotnet run -c Release --project bench/ComplianceEngine.Benchmarks -- --filter '*'                (BenchmarkDotNet)
// dotnet run -c Release --project bench/ComplianceEngine.Benchmarks -- throughput 1000000          (wall and CPU time of one batch)
// dotnet run -c Release --project bench/ComplianceEngine.Benchmarks -- risk-targets [enterprises]  (risk model speed targets)
// dotnet run -c Release --project bench/ComplianceEngine.Benchmarks -- peers-export DIR 10000       (parity check, files for bench/peers-js)
switch (args)
{
    case ["throughput", var count, ..]:
        return Throughput.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    case ["peers-export", var directory, var count]:
        return ComplianceEngine.Benchmarks.FiveRules.PeersExport.Run(directory, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    case ["risk-targets", ..]:
        RiskTargets.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40_000);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
}
