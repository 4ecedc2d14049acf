namespace ComplianceEngine.Notices.Tests;

/// <summary>Paths in the checkout: the real rules/, sample data and this project's golden files (read and, with UPDATE_GOLDEN=1, written in place).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string Notices => Path.Combine(Root, "rules", "notices");

    public static string Sample(string name) => Path.Combine(Root, "data", "sample", name);

    public static string Golden => Path.Combine(Root, "tests", "ComplianceEngine.Notices.Tests", "Rendering", "Golden");

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
