namespace ComplianceEngine.Analytics.Tests;

/// <summary>The shipped catalog and sample, found above the test's folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string Sample(string file) => Path.Combine(Root, "data", "sample", file);

    public static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "Data", file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplianceEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ComplianceEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
