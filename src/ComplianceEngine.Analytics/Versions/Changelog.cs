using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceEngine.Rules.Catalog;

namespace ComplianceEngine.Analytics.Versions;

/// <summary>
/// <c>rules/CHANGELOG.md</c>: one entry per rule-set version that ever decided something, newest first. An entry is a
/// heading <c>## sha256:…</c> followed by the lines <c>- date: yyyy-MM-dd</c>, <c>- changed: …</c>, <c>- cause: …</c>
/// (the clause or new document behind it) and <c>- approved: …</c>. <c>rules check</c> refuses a catalog whose
/// version has no complete entry, so no change is loaded without a record of why.
/// </summary>
public sealed partial class Changelog
{
    /// <summary>The file's name inside the rules folder.</summary>
    public const string FileName = "CHANGELOG.md";

    private static readonly string[] Fields = ["date", "changed", "cause", "approved"];

    private Changelog(IReadOnlyList<ChangelogEntry> entries, IReadOnlyList<CatalogIssue> issues)
    {
        Entries = entries;
        Issues = issues;
    }

    /// <summary>The entries in file order (newest first by convention).</summary>
    public IReadOnlyList<ChangelogEntry> Entries { get; }

    /// <summary>Malformed entries: a missing field, a date that is not yyyy-MM-dd, a version listed twice.</summary>
    public IReadOnlyList<CatalogIssue> Issues { get; }

    /// <summary>The changelog in <paramref name="rulesDirectory"/>, or an empty one with an issue when the file is missing.</summary>
    public static Changelog Read(string rulesDirectory)
    {
        var path = Path.Combine(rulesDirectory, FileName);
        return File.Exists(path)
            ? Parse(File.ReadAllText(path))
            : new Changelog([], [new CatalogIssue(FileName, null, "the rules folder has no changelog; every catalog version needs an entry")]);
    }

    /// <summary>Parses the Markdown text of a changelog.</summary>
    public static Changelog Parse(string text)
    {
        var entries = new List<ChangelogEntry>();
        var issues = new List<CatalogIssue>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var heading = Heading().Match(lines[i]);
            if (!heading.Success)
            {
                continue;
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var j = i + 1; j < lines.Length && !lines[j].StartsWith("## ", StringComparison.Ordinal); j++)
            {
                if (Field().Match(lines[j]) is { Success: true } field)
                {
                    fields[field.Groups[1].Value.ToLowerInvariant()] = field.Groups[2].Value.Trim();
                }
            }

            var version = heading.Groups[1].Value;
            var where = $"line {i + 1} ({version})";
            foreach (var missing in Fields.Where(f => !fields.TryGetValue(f, out var v) || v.Length == 0))
            {
                issues.Add(new CatalogIssue(FileName, where, $"the entry has no '- {missing}:' line"));
            }

            DateOnly? date = null;
            if (fields.TryGetValue("date", out var dateText) && dateText.Length > 0)
            {
                if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    date = d;
                }
                else
                {
                    issues.Add(new CatalogIssue(FileName, where, $"date '{dateText}' is not yyyy-MM-dd"));
                }
            }

            if (entries.Any(e => e.Version == version))
            {
                issues.Add(new CatalogIssue(FileName, where, "this version has an entry already"));
            }

            entries.Add(new ChangelogEntry(version, date, fields.GetValueOrDefault("changed", ""), fields.GetValueOrDefault("cause", ""),
                fields.GetValueOrDefault("approved", ""), i + 1));
        }

        return new Changelog(entries, issues);
    }

    /// <summary>The entry for a version, or null.</summary>
    public ChangelogEntry? For(string version) => Entries.FirstOrDefault(e => e.Version == version);

    /// <summary>
    /// What <c>rules check</c> reports: the file's own problems, and a refusal when <paramref name="version"/> (the
    /// catalog on disk) has no entry. Empty when the catalog may be loaded.
    /// </summary>
    public IReadOnlyList<CatalogIssue> Check(string version)
    {
        var issues = new List<CatalogIssue>(Issues);
        if (For(version) is null && !Issues.Any(i => i.Location is null))
        {
            issues.Add(new CatalogIssue(FileName, null,
                $"the catalog changed: version {version} has no entry. Add '## {version}' with '- date:', '- changed:', '- cause:' "
                + "(the clause or document behind the change) and '- approved:' lines"));
        }

        return issues;
    }

    [GeneratedRegex(@"^##\s+(sha256:[0-9a-f]{64})\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*[-*]\s+([A-Za-z]+)\s*:\s*(.*)$")]
    private static partial Regex Field();
}
