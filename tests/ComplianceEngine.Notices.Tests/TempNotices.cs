namespace ComplianceEngine.Notices.Tests;

/// <summary>A copy of rules/notices in a temporary folder, for tests that break a template on purpose.</summary>
internal sealed class TempNotices : IDisposable
{
    public TempNotices()
    {
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(RepositoryFiles.Notices))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "notices-" + Guid.NewGuid().ToString("N"));

    public void Write(string file, string text) => File.WriteAllText(System.IO.Path.Combine(Path, file), text);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
