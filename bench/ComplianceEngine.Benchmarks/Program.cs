using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ComplianceEngine.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
