namespace ComplianceEngine.Rules.Tests;

/// <summary>Paths to the shipped catalog and to a private copy of the minimal fixture catalog a test may change.</summary>
internal static class Fixture
{
    public static string ShippedRules { get; } = RulesDirectory.Resolve(null);

    private static readonly Lazy<RuleSet> Shipped = new(() => RuleSetLoader.Load(ShippedRules));

    public static RuleSet ShippedRuleSet => Shipped.Value;

    /// <summary>A fresh copy of <c>Fixtures/minimal-rules</c> in a temp folder, removed when disposed.</summary>
    public static TempRules CopyMinimal() => new(Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal-rules"));
}

internal sealed class TempRules : IDisposable
{
    public TempRules(string from)
    {
        Directory = Path.Combine(Path.GetTempPath(), "ce-rules-" + Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(from, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public void Edit(string relative, string from, string to)
    {
        var path = PathOf(relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
