using System.Text;

namespace ComplianceEngine.Notices.Tests.Rendering;

/// <summary>
/// Compares rendered output with a file under Rendering/Golden. Any difference fails and prints the differing lines.
/// To accept new output after a deliberate template change, run the tests with UPDATE_GOLDEN=1: the files are
/// rewritten in the source tree (review the diff before committing).
/// </summary>
internal static class GoldenFile
{
    public static void Check(string name, string actual)
    {
        var path = Path.Combine(RepositoryFiles.Golden, name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(RepositoryFiles.Golden);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            Assert.Fail($"{name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it):\n{Diff(expected, actual)}");
        }
    }

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var report = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(e.Length, a.Length) && shown < 20; i++)
        {
            var el = i < e.Length ? e[i] : "<none>";
            var al = i < a.Length ? a[i] : "<none>";
            if (el != al)
            {
                report.Append("line ").Append(i + 1).Append('\n').Append("- ").Append(el).Append('\n').Append("+ ").Append(al).Append('\n');
                shown++;
            }
        }

        return report.ToString();
    }
}
