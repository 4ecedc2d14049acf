using System.Text;
using System.Text.Json;

namespace ComplianceEngine.Cli.Tests.Commands;

/// <summary>What <c>screen</c> does with awkward input: other encodings, empty and all-invalid files, a file that breaks part way.</summary>
public sealed class ScreenInputTests : IDisposable
{
    /// <summary>The GBK enterprise of issue 11: <c>due</c> under ULE-CERAMIC-01 as of 2025-06-30 when read as what it is.</summary>
    private const string CeramicEnterprise = """{"kind":"enterprise","id":"M-1","name":"赣州虚构陶瓷公司","industryCode":"3071","city":"赣州市","permit":{"number":"91360700MA00000001001P","managementClass":"key","validFrom":"2023-01-01","validTo":"2027-12-31","lastAnnualReportYear":2024},"facilities":[{"id":"YL-1","type":"ceramic-kiln","fuel":"gas","ultraLowStatus":"not-started","onlineMonitoring":true}]}""";

    private readonly string _folder = Directory.CreateTempSubdirectory("ce-cli-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Screen_RefusesNamingByteAndEncodingOption_WhenFileIsGbkWithoutEncoding()
    {
        var path = Write("gbk.json", CodePagesGb18030().GetBytes(CeramicEnterprise));

        var (code, stdout, stderr) = CliRunner.Run("screen", "--input", path, "--as-of", "2025-06-30", "--format", "jsonl");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: gbk.json: line 1: byte ", stderr, StringComparison.Ordinal);
        Assert.Contains("--encoding gb18030", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_FindsTheKilnDue_WhenGbkFileIsReadWithEncoding()
    {
        var path = Write("gbk.json", CodePagesGb18030().GetBytes(CeramicEnterprise));

        var (code, stdout, stderr) = CliRunner.Run("screen", "--input", path, "--as-of", "2025-06-30", "--format", "jsonl", "--encoding", "gb18030");

        Assert.True(code == 0, stderr);
        var result = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("due", result.GetProperty("outcome").GetString());
        Assert.Contains(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "ULE-CERAMIC-01");
        Assert.DoesNotContain('\uFFFD', stdout);
    }

    [Fact]
    public void Screen_ExitsUsage_WhenEncodingIsUnknown()
    {
        var (code, _, stderr) = CliRunner.Run("screen", "--input", CliRunner.DataPath("projects.json"), "--as-of", "2025-06-30", "--encoding", "klingon");

        Assert.Equal(1, code);
        Assert.Contains("klingon", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jsonl", "")]
    [InlineData("json", "[]\n")]
    public void Screen_WritesAnEmptyResultAndExitsZero_WhenFileIsEmpty(string format, string expected)
    {
        var path = Write("empty.json", []);

        var (code, stdout, stderr) = CliRunner.Run("screen", "--input", path, "--as-of", "2025-06-30", "--format", format);

        Assert.True(code == 0, stderr);
        Assert.Equal(expected, stdout);
    }

    [Fact]
    public void Screen_WritesAnInvalidResultAndExitsZero_WhenTheOnlyRecordIsInvalid()
    {
        var path = Write("one-invalid.json", Encoding.UTF8.GetBytes("""{"kind":"enterprise","id":"M-21","name":"虚构","industryCode":"31","city":"九江市","permit":null}"""));

        var (code, stdout, stderr) = CliRunner.Run("screen", "--input", path, "--as-of", "2025-06-30", "--format", "jsonl");

        Assert.True(code == 0, stderr);
        var result = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(("M-21", "invalid"), (result.GetProperty("recordId").GetString(), result.GetProperty("outcome").GetString()));
        Assert.Equal("$.industryCode", result.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void Screen_WritesTheResultsBeforeTheBreakAndExitsTwo_WhenArrayBreaksPartWay()
    {
        var projects = JsonDocument.Parse(File.ReadAllText(CliRunner.DataPath("projects.json"))).RootElement;
        var text = $"[{projects[0].GetRawText()},\n{projects[1].GetRawText()},\n{{\"kind\": ]";
        var breakLine = text.AsSpan(0, text.LastIndexOf('{')).Count('\n') + 1;
        var path = Write("broken-later.json", Encoding.UTF8.GetBytes(text));

        var (code, stdout, stderr) = CliRunner.Run("screen", "--input", path, "--as-of", "2026-01-15", "--format", "json");

        Assert.Equal(2, code);
        Assert.Equal(2, JsonDocument.Parse(stdout).RootElement.GetArrayLength());
        Assert.StartsWith($"error: broken-later.json: line {breakLine}, position ", stderr, StringComparison.Ordinal);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>GB18030 from the code-pages provider, as Excel and government systems write Chinese text (GBK is its subset).</summary>
    private static Encoding CodePagesGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("gb18030");
    }
}
