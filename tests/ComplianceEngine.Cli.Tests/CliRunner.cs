using System.Diagnostics;

namespace ComplianceEngine.Cli.Tests;

/// <summary>Runs the built <c>compliance</c> program as a separate process, as a user would.</summary>
internal static class CliRunner
{
    public static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => Run(new Dictionary<string, string?>(), args);

    /// <summary>Runs with environment variables set (or removed, when null) for the child only.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot(),
        };
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "compliance.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplianceEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
