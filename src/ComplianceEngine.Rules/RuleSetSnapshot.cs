using System.Collections.Frozen;
using System.Text;

namespace ComplianceEngine.Rules;

/// <summary>
/// A catalog folder read once into memory: relative path (<c>catalog/limits.json</c>, forward slashes) → file bytes.
/// Loading, the version hash, storing a version in the audit trail and replaying it all read these bytes, so an
/// edit of <c>rules/</c> after loading cannot slip into a stored version. Immutable and safe to share.
/// </summary>
public sealed class RuleSetSnapshot
{
    /// <summary>The folders a rule set is made of: what decides outcomes (catalog, parameters) and what gates or explains it.</summary>
    public static readonly IReadOnlyList<string> Folders = ["catalog", "parameters", "sources", "examples", "schema"];

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private RuleSetSnapshot(string origin, FrozenDictionary<string, byte[]> files)
    {
        Origin = origin;
        Files = files;
    }

    /// <summary>Where the files came from: a folder, or <c>audit trail sha256:…</c> for a stored version. For messages only.</summary>
    public string Origin { get; }

    /// <summary>Relative path → bytes, as read.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>Reads every file of <see cref="Folders"/> under <paramref name="rulesDirectory"/> (missing folders are left out).</summary>
    public static RuleSetSnapshot Read(string rulesDirectory)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var folder in Folders)
        {
            var path = Path.Combine(rulesDirectory, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(rulesDirectory, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }

        return new RuleSetSnapshot(Path.GetFullPath(rulesDirectory), files.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>A snapshot from files kept elsewhere (a stored rule-set version): relative path → bytes.</summary>
    public static RuleSetSnapshot From(string origin, IEnumerable<KeyValuePair<string, byte[]>> files) =>
        new(origin, files.ToFrozenDictionary(StringComparer.Ordinal));

    /// <summary>The <c>*.json</c> files directly in <paramref name="folder"/>, in ordinal order: the order everything reads and hashes them in.</summary>
    public IReadOnlyList<string> JsonFiles(string folder) =>
        [.. Files.Keys.Where(k => k.StartsWith(folder + "/", StringComparison.Ordinal) && k.IndexOf('/', folder.Length + 1) < 0
            && k.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    public bool HasFolder(string folder) => Files.Keys.Any(k => k.StartsWith(folder + "/", StringComparison.Ordinal));

    public bool Contains(string path) => Files.ContainsKey(path);

    /// <summary>The file's bytes without a UTF-8 byte-order mark.</summary>
    public ReadOnlyMemory<byte> Utf8(string path)
    {
        var bytes = Files[path];
        return bytes.AsSpan().StartsWith(Bom) ? bytes.AsMemory(Bom.Length) : bytes;
    }

    /// <summary>The file as text (UTF-8, byte-order mark dropped).</summary>
    public string Text(string path) => Encoding.UTF8.GetString(Utf8(path).Span);
}
