namespace ComplianceEngine.Data.Tests;

/// <summary>Input files written for one test into a folder that is removed with it.</summary>
public sealed class TestFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("ce-data-test-").FullName;

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    /// <summary>
    /// A copy of the minimal catalog (<c>Fixtures/minimal-rules</c>, with <c>LIM-HOURLY-01</c>) in this folder, so a test
    /// may edit or delete it after loading. Returns the copy's path.
    /// </summary>
    public string CopyMinimalRules()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal-rules");
        var target = Path.Combine(Folder, "rules");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
