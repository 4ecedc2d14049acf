using System.Text.RegularExpressions;

namespace ComplianceEngine.Architecture.Tests;

/// <summary>The repository's C# sources (src/, without build output), read as text for what reflection cannot see: SQL in strings.</summary>
internal static partial class Sources
{
    public static readonly string Root = FindRoot();

    /// <summary>SQL statements as the code writes them: upper-case keywords starting a statement or clause.</summary>
    [GeneratedRegex(@"\b(SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX)|ON\s+CONFLICT|pg_advisory_)")]
    public static partial Regex Sql();

    [GeneratedRegex(@"^\s*using\s+(Npgsql|Dapper)\b|\bNpgsql\w*\.|\bNpgsql(DataSource|Connection|Command|Exception)\b", RegexOptions.Multiline)]
    public static partial Regex Npgsql();

    /// <summary>Relative paths (forward slashes) of the C# files under src/ whose text matches.</summary>
    public static IReadOnlyList<string> Matching(Regex pattern, Func<string, bool> where) =>
        [.. Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && where(f))
            .Where(f => pattern.IsMatch(File.ReadAllText(Path.Combine(Root, f))))
            .Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplianceEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no ComplianceEngine.sln above {AppContext.BaseDirectory}");
    }
}
