using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

/// <summary>What text the one reader accepts: UTF-8 with or without a byte order mark, UTF-16 with one, a named encoding; nothing through U+FFFD.</summary>
public class RecordReaderEncodingTests
{
    private static readonly string Gbk = JsonNode.Parse(RecordJson.With(RecordJson.With(TestData.Enterprise, "name", "\"赣州虚构陶瓷公司\""), "city", "\"赣州市\""))!
        .ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Read_ReadsChineseText_WhenEncodingIsUtf8OrUtf16WithMark(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Gbk),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Gbk)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Gbk)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Gbk)],
        };

        var record = Assert.Single(RecordReader.Read(new TrickleStream(bytes, 5), "e.json"));

        Assert.True(record.IsValid, string.Join("; ", record.Errors));
        Assert.Equal(("赣州虚构陶瓷公司", "赣州市"), (record.Record!.Name, record.Record.City));
    }

    [Fact]
    public void Read_RefusesWithOffsetAndLine_WhenGbkBytesAreReadAsUtf8()
    {
        var bytes = RecordEncoding.Find("gb18030")!.GetBytes("[\n" + Gbk + "\n]");
        Assert.Contains("赣州市", Gbk, StringComparison.Ordinal);
        var firstBad = Array.FindIndex(bytes, b => b >= 0x80);

        var ex = Assert.Throws<RecordFormatException>(() => RecordReader.Read(new MemoryStream(bytes), "gbk.json").ToList());

        Assert.Equal("gbk.json", ex.Source);
        Assert.Equal(1 + bytes.AsSpan(0, firstBad).Count((byte)'\n'), ex.Line);
        Assert.Contains($"byte {firstBad}: not valid UTF-8", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding gb18030", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gb18030")]
    [InlineData("GBK")]
    public void Read_ReadsGbkFile_WhenEncodingIsNamed(string name)
    {
        var bytes = RecordEncoding.Find("gb18030")!.GetBytes(Gbk);

        var record = Assert.Single(RecordReader.Read(new TrickleStream(bytes, 3), "gbk.json", RecordEncoding.Find(name)));

        Assert.True(record.IsValid, string.Join("; ", record.Errors));
        Assert.Equal("赣州市", record.Record!.City);
    }

    [Fact]
    public void Read_RefusesWholeFile_WhenCheckedFileHasBadBytesNearItsEnd()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ce-enc-{Guid.NewGuid():N}.jsonl");
        var good = string.Join("\n", Enumerable.Range(0, 50).Select(i => RecordJson.With(TestData.Project, "id", $"\"P-{i}\"").ReplaceLineEndings("")));
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(good + "\n"), 0xC3, 0x28, (byte)'\n']);
        try
        {
            var seen = 0;
            Assert.Throws<RecordFormatException>(() =>
            {
                foreach (var _ in RecordReader.ReadFile(path))
                {
                    seen++;
                }
            });

            Assert.Equal(0, seen);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Find_ReturnsNull_WhenEncodingIsUnknown()
    {
        Assert.Null(RecordEncoding.Find("klingon"));
    }
}
