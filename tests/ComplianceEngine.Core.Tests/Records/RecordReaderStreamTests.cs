using System.Text;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

public class RecordReaderStreamTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void ReadStream_MatchesRead_WhenInputIsArray(int chunk)
    {
        var text = ManyRecords(300, jsonLines: false);

        var streamed = RecordReader.ReadStream(new TrickleStream(Encoding.UTF8.GetBytes(text), chunk), "s.json").ToList();

        AssertSame(RecordReader.Read(text, "s.json").Records, streamed);
        Assert.Equal(300, streamed.Count);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(100_000)]
    public void ReadStream_MatchesRead_WhenInputIsJsonLines(int chunk)
    {
        var text = ManyRecords(300, jsonLines: true);

        var streamed = RecordReader.ReadStream(new TrickleStream(Encoding.UTF8.GetBytes(text), chunk), "s.jsonl").ToList();

        AssertSame(RecordReader.Read(text, "s.jsonl").Records, streamed);
        Assert.Contains(streamed, r => r.Errors.Any(e => e.Reason.StartsWith("line ", StringComparison.Ordinal)));
    }

    [Fact]
    public void ReadStream_ReadsAll_WhenArrayElementIsLargerThanBuffer()
    {
        var big = RecordJson.With(TestData.Project, "notes", "\"" + new string('x', 200_000) + "\"");
        var text = $"[{big}, {TestData.Enterprise}]";

        var streamed = RecordReader.ReadStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), "big.json").ToList();

        Assert.Equal(2, streamed.Count);
        Assert.All(streamed, r => Assert.True(r.IsValid));
        Assert.Equal(200_000, ((string?)streamed[0].Record!.Extra!["notes"])!.Length);
    }

    [Fact]
    public void ReadStream_StreamsJsonLines_WhenFirstLineIsBroken()
    {
        var text = "{\"kind\": \n" + RecordJson.With(TestData.Project, "id", "\"P-2\"") + "\n" + RecordJson.With(TestData.Project, "id", "\"P-3\"");

        var streamed = RecordReader.ReadStream(new TrickleStream(Encoding.UTF8.GetBytes(text), 2), "b.jsonl").ToList();

        Assert.Equal(3, streamed.Count);
        Assert.StartsWith("line 1,", Assert.Single(streamed[0].Errors).Reason, StringComparison.Ordinal);
        Assert.Equal(new[] { "P-2", "P-3" }, streamed.Skip(1).Select(r => r.Record!.Id).ToArray());
    }

    [Fact]
    public void ReadStream_ReadsSingleObject_WhenObjectSpansLines()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF" + TestData.Enterprise);

        var record = Assert.Single(RecordReader.ReadStream(new MemoryStream(bytes), "one.json"));

        Assert.True(record.IsValid);
    }

    [Fact]
    public void ReadStream_YieldsEarlierRecordsThenThrows_WhenArrayBreaksMidway()
    {
        var text = $"[{TestData.Project},\n {{\"kind\": \"enterprise\", \"id\" 1}}]";
        var seen = new List<ParsedRecord>();

        var ex = Assert.Throws<RecordFormatException>(() =>
        {
            foreach (var record in RecordReader.ReadStream(new TrickleStream(Encoding.UTF8.GetBytes(text), 5), "b.json"))
            {
                seen.Add(record);
            }
        });

        Assert.Single(seen);
        Assert.True(seen[0].IsValid);
        Assert.Equal("b.json", ex.Source);
        Assert.NotNull(ex.Line);
        Assert.True(ex.Line > 1);
    }

    [Theory]
    [InlineData("[{\"kind\": \"project\"}")]
    [InlineData("[1, 2] [")]
    public void ReadStream_Throws_WhenArrayIsTruncatedOrFollowedByContent(string text)
    {
        Assert.Throws<RecordFormatException>(() =>
            RecordReader.ReadStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t.json").ToList());
    }

    [Fact]
    public void ReadStream_Throws_WhenInputIsNotJson()
    {
        var ex = Assert.Throws<RecordFormatException>(() =>
            RecordReader.ReadStream(new MemoryStream("hello"u8.ToArray()), "h.txt").ToList());

        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void ReadStream_ReturnsNothing_WhenStreamIsEmpty()
    {
        Assert.Empty(RecordReader.ReadStream(new MemoryStream([]), "e.json"));
    }

    [Fact]
    public void ReadStream_ReportsDuplicates_WhenArrayRepeatsAnId()
    {
        var text = $"[{TestData.Project}, {TestData.Project}]";

        var streamed = RecordReader.ReadStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), "d.json").ToList();

        Assert.True(streamed[0].IsValid);
        Assert.Equal("duplicate id 'P-1' (also record 0)", Assert.Single(streamed[1].Errors).Reason);
    }

    /// <summary>Records with varied ids, every 7th invalid, and (JSON lines) every 50th line broken.</summary>
    private static string ManyRecords(int count, bool jsonLines)
    {
        var items = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var json = RecordJson.With(i % 2 == 0 ? TestData.Project : TestData.Enterprise, "id", $"\"R-{i}\"");
            if (i % 7 == 3)
            {
                json = RecordJson.With(json, "industryCode", "\"12\"");
            }

            if (jsonLines && i % 50 == 10)
            {
                json = json[..^5];
            }

            items.Add(json);
        }

        return jsonLines ? string.Join("\n", items) + "\n" : "[\n" + string.Join(",\n", items) + "\n]";
    }

    private static void AssertSame(IReadOnlyList<ParsedRecord> expected, IReadOnlyList<ParsedRecord> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Index, actual[i].Index);
            Assert.Equal(expected[i].Id, actual[i].Id);
            Assert.Equal(expected[i].IsValid, actual[i].IsValid);
            Assert.Equal(expected[i].Errors, actual[i].Errors);
        }
    }
}
