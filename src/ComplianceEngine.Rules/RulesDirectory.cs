namespace ComplianceEngine.Rules;

/// <summary>Finds the <c>rules/</c> folder: the configured one, else the nearest above the working folder or the program.</summary>
public static class RulesDirectory
{
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "rules");
                if (Directory.Exists(Path.Combine(candidate, "catalog")))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath("rules");
    }
}
