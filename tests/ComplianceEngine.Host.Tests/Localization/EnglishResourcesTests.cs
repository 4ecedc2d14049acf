using System.Text.RegularExpressions;
using System.Xml.Linq;
using ComplianceEngine.Host.Pages.Shared;

namespace ComplianceEngine.Host.Tests.Localization;

/// <summary>Chinese is the key, English the resource: every literal a page localizes must have its English.</summary>
public sealed partial class EnglishResourcesTests
{
    private static readonly string HostDirectory = HostFactory.RepositoryFile("src", "ComplianceEngine.Host");

    [Fact]
    public void Pages_HaveEnglishForEveryLocalizedText_WhenBuilt()
    {
        var missing = new List<string>();
        foreach (var page in Directory.EnumerateFiles(Path.Combine(HostDirectory, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(HostDirectory, page);
            var english = English(Path.Combine(HostDirectory, "Resources", Path.ChangeExtension(relative, ".en.resx")));
            missing.AddRange(Literal().Matches(File.ReadAllText(page))
                .Select(m => m.Groups["text"].Value)
                .Where(text => !english.Contains(text))
                .Select(text => $"{relative}: {text}"));
        }

        Assert.True(missing.Count == 0, "no English for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Navigation_HasEnglishForEveryLabelAndRole_WhenBuilt()
    {
        var english = English(Path.Combine(HostDirectory, "Resources", "Pages", "Shared", "Navigation.en.resx"));

        var labels = Navigation.ByRole.Values.SelectMany(links => links.Select(l => l.Label)).Concat(Navigation.RoleNames.Values);

        Assert.All(labels, label => Assert.Contains(label, english));
    }

    private static HashSet<string> English(string resx) =>
        File.Exists(resx) ? [.. XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)] : [];

    /// <summary><c>L["…"]</c> with a literal (a variable key is the page's own business).</summary>
    [GeneratedRegex("""\bL\["(?<text>[^"]+)"[\],]""")]
    private static partial Regex Literal();
}
