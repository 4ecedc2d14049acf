using BenchmarkDotNet.Running;
using ComplianceEngine.Benchmarks;

// dotnet run -c Release --project bench/ComplianceEngine.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/ComplianceEngine.Benchmarks -- risk-targets [enterprises]
if (args.Length > 0 && args[0] == "risk-targets")
{
    RiskTargets.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
