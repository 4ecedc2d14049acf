using BenchmarkDotNet.Running;
using ComplianceEngine.Benchmarks;

// dotnet run -c Release --project bench/ComplianceEngine.Benchmarks -- --filter '*'      (BenchmarkDotNet)
// dotnet run -c Release --project bench/ComplianceEngine.Benchmarks -- throughput 1000000 (wall and CPU time of one batch)
if (args is ["throughput", var count, ..])
{
    return Throughput.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
