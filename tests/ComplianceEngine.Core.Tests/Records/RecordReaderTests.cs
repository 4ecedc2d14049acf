using System.Text;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

/// <summary>The one reader's framing: arrays, JSON lines and single objects, from text and from streams.</summary>
public class RecordReaderTests
{
    private static readonly string ValidEnterprise = Compact(TestData.Enterprise);
    private static readonly string ValidProject = Compact(TestData.Project);

    [Fact]
    public void Read_ReadsOtherRecords_WhenOneRecordInArrayIsInvalid()
    {
        var bad = RecordJson.With(TestData.Project, "id", "\"P-2\"");
        bad = RecordJson.With(bad, "site", RecordJson.Remove);
        var text = $"[{ValidEnterprise}, {bad}, 42, {ValidProject}]";

        var batch = RecordReader.Read(text, "batch.json");

        Assert.Equal(4, batch.Records.Count);
        Assert.True(batch.Records[0].IsValid);
        Assert.False(batch.Records[1].IsValid);
        Assert.Equal("$.site", Assert.Single(batch.Records[1].Errors).Path);
        Assert.Equal(1, batch.Records[1].Errors[0].Index);
        Assert.Equal("P-2", batch.Records[1].Errors[0].RecordId);
        Assert.Equal("batch.json", batch.Records[1].Errors[0].Source);
        Assert.Equal("expected a record object, got number", Assert.Single(batch.Records[2].Errors).Reason);
        Assert.True(batch.Records[3].IsValid);
        Assert.Equal([0, 1, 2, 3], batch.Records.Select(r => r.Index).ToArray());
        Assert.Equal(2, batch.ValidCount);
        Assert.Equal(2, batch.InvalidCount);
    }

    [Fact]
    public void Read_ReportsDuplicateOnLaterRecord_WhenIdRepeats()
    {
        var other = RecordJson.With(TestData.Enterprise, "id", "\"E-2\"");
        var text = $"[{ValidEnterprise}, {Compact(other)}, {ValidEnterprise}]";

        var batch = RecordReader.Read(text, "dup.json");

        Assert.True(batch.Records[0].IsValid);
        Assert.True(batch.Records[1].IsValid);
        var third = batch.Records[2];
        Assert.Null(third.Record);
        var error = Assert.Single(third.Errors);
        Assert.Equal("$.id", error.Path);
        Assert.Equal("duplicate id 'E-1' (also record 0)", error.Reason);
        Assert.Equal(2, error.Index);
    }

    [Fact]
    public void Read_ReadsSingleRecord_WhenInputIsOneObject()
    {
        var batch = RecordReader.Read(TestData.Enterprise, "one.json");

        var record = Assert.Single(batch.Records);
        Assert.True(record.IsValid);
        Assert.Equal("E-1", record.Id);
    }

    [Fact]
    public void Read_ReadsEveryLine_WhenInputIsJsonLines()
    {
        var text = $"{ValidEnterprise}\n\n   \n{ValidProject}\r\n";

        var batch = RecordReader.Read(text, "records.jsonl");

        Assert.Equal(new[] { "E-1", "P-1" }, batch.Records.Select(r => r.Id).ToArray());
        Assert.All(batch.Records, r => Assert.True(r.IsValid, string.Join("; ", r.Errors)));
    }

    [Fact]
    public void Read_ReportsBrokenLineAndGoesOn_WhenJsonLinesHasInvalidLine()
    {
        var text = $"{ValidEnterprise}\n\n{{\"kind\": \"project\", \"id\": \n{ValidProject}\n";

        var batch = RecordReader.Read(text, "records.jsonl");

        Assert.Equal(3, batch.Records.Count);
        Assert.True(batch.Records[0].IsValid);
        var broken = batch.Records[1];
        Assert.Null(broken.Record);
        var error = Assert.Single(broken.Errors);
        Assert.Equal("$", error.Path);
        Assert.StartsWith("line 3, position", error.Reason, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Reason, StringComparison.Ordinal);
        Assert.True(batch.Records[2].IsValid);
    }

    [Fact]
    public void Read_ReadsJsonLines_WhenFirstLineIsBroken()
    {
        var text = $"{{\"kind\": \n{ValidEnterprise}\n{ValidProject}";

        var batch = RecordReader.Read(text, "records.jsonl");

        Assert.Equal(3, batch.Records.Count);
        Assert.StartsWith("line 1,", batch.Records[0].Errors[0].Reason, StringComparison.Ordinal);
        Assert.True(batch.Records[1].IsValid);
        Assert.True(batch.Records[2].IsValid);
    }

    [Fact]
    public void Read_ReportsNonObjectLine_WhenJsonLinesHasArrayLine()
    {
        var batch = RecordReader.Read($"{ValidEnterprise}\n[1, 2]\n", "records.jsonl");

        Assert.Equal("expected a record object, got array", Assert.Single(batch.Records[1].Errors).Reason);
    }

    [Fact]
    public void Read_ReportsDuplicate_WhenJsonLinesRepeatAnId()
    {
        var batch = RecordReader.Read($"{ValidProject}\n{ValidProject}\n", "records.jsonl");

        Assert.True(batch.Records[0].IsValid);
        Assert.Equal("duplicate id 'P-1' (also record 0)", Assert.Single(batch.Records[1].Errors).Reason);
    }

    [Theory]
    [InlineData("this is not json", 1)]
    [InlineData("[{\"kind\": \"project\"},\n  {\"kind\": ]", 2)]
    [InlineData("\n\n{\n  \"kind\": \"project\",\n  \"id\": \n}", 6)]
    public void Read_ThrowsFormatException_WhenInputIsNotJson(string text, long line)
    {
        var ex = Assert.Throws<RecordFormatException>(() => RecordReader.Read(text, "bad.json"));

        Assert.Equal("bad.json", ex.Source);
        Assert.Equal(line, ex.Line);
        Assert.NotNull(ex.Position);
        Assert.StartsWith($"bad.json: line {line}, position ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42", "number")]
    [InlineData("\"records\"", "string")]
    [InlineData("null", "null")]
    public void Read_ThrowsFormatException_WhenTopLevelIsNotArrayOrObject(string text, string kind)
    {
        var ex = Assert.Throws<RecordFormatException>(() => RecordReader.Read(text, "scalar.json"));

        Assert.EndsWith($"got {kind}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n ")]
    [InlineData("[]")]
    public void Read_ReturnsNoRecords_WhenInputHasNone(string text)
    {
        var batch = RecordReader.Read(text, "empty.json");

        Assert.Empty(batch.Records);
        Assert.Equal("empty.json", batch.Source);
    }

    [Fact]
    public void Read_IgnoresByteOrderMark_WhenTextStartsWithOne()
    {
        var batch = RecordReader.Read("\uFEFF[" + ValidProject + "]", "bom.json");

        Assert.True(Assert.Single(batch.Records).IsValid);
    }

    [Fact]
    public void Read_KeepsUnknownFields_WhenRecordHasFieldsTheContractDoesNotName()
    {
        var json = RecordJson.With(TestData.Enterprise, "legalPerson", "\"张三\"");
        json = RecordJson.With(json, "tags", "[\"a\", {\"b\": null}]");
        json = RecordJson.With(json, "facilities[0].stackHeightM", "45");
        json = RecordJson.With(json, "permit.issuer", "\"九江市生态环境局\"");
        json = RecordJson.With(json, "history.note", "null");
        json = RecordJson.With(json, "emissions[0].oxygenRef", "6");

        var record = Assert.IsType<EnterpriseRecord>(Assert.Single(RecordReader.Read(json, "x.json").Records).Record);

        Assert.Equal("张三", (string?)record.Extra!["legalPerson"]);
        Assert.Equal("[\"a\",{\"b\":null}]", record.Extra["tags"]!.ToJsonString());
        Assert.Equal(45, (int?)record.Facilities[0].Extra!["stackHeightM"]);
        Assert.Null(record.Facilities[1].Extra);
        Assert.Equal("九江市生态环境局", (string?)record.Permit!.Extra!["issuer"]);
        Assert.True(record.History!.Extra!.ContainsKey("note"));
        Assert.Equal(6, (int?)record.Emissions[0].Extra!["oxygenRef"]);
    }

    [Fact]
    public void Read_KeepsFieldOfOtherKindAsExtra_WhenProjectHasEnterpriseField()
    {
        var json = RecordJson.With(TestData.Project, "permit", "{\"number\": \"X\"}");

        var record = Assert.Single(RecordReader.Read(json, "x.json").Records).Record!;

        Assert.Equal("{\"number\":\"X\"}", record.Extra!["permit"]!.ToJsonString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Read_MatchesWholeText_WhenStreamTricklesAnArray(int chunk)
    {
        var text = ManyRecords(300, jsonLines: false);

        var streamed = RecordReader.Read(new TrickleStream(Encoding.UTF8.GetBytes(text), chunk), "s.json").ToList();

        AssertSame(RecordReader.Read(text, "s.json").Records, streamed);
        Assert.Equal(300, streamed.Count);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(100_000)]
    public void Read_MatchesWholeText_WhenStreamTricklesJsonLines(int chunk)
    {
        var text = ManyRecords(300, jsonLines: true);

        var streamed = RecordReader.Read(new TrickleStream(Encoding.UTF8.GetBytes(text), chunk), "s.jsonl").ToList();

        AssertSame(RecordReader.Read(text, "s.jsonl").Records, streamed);
        Assert.Contains(streamed, r => r.Errors.Any(e => e.Reason.StartsWith("line ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_ReadsAll_WhenArrayElementIsLargerThanBuffer()
    {
        var big = RecordJson.With(TestData.Project, "notes", "\"" + new string('x', 200_000) + "\"");
        var text = $"[{big}, {TestData.Enterprise}]";

        var streamed = RecordReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "big.json").ToList();

        Assert.Equal(2, streamed.Count);
        Assert.All(streamed, r => Assert.True(r.IsValid));
        Assert.Equal(200_000, ((string?)streamed[0].Record!.Extra!["notes"])!.Length);
    }


    [Fact]
    public void Read_ReadsSingleObject_WhenObjectSpansLines()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF" + TestData.Enterprise);

        var record = Assert.Single(RecordReader.Read(new MemoryStream(bytes), "one.json"));

        Assert.True(record.IsValid);
    }

    [Fact]
    public void Read_YieldsEarlierRecordsThenThrows_WhenArrayBreaksMidway()
    {
        var text = $"[{TestData.Project},\n {{\"kind\": \"enterprise\", \"id\" 1}}]";
        var seen = new List<ParsedRecord>();

        var ex = Assert.Throws<RecordFormatException>(() =>
        {
            foreach (var record in RecordReader.Read(new TrickleStream(Encoding.UTF8.GetBytes(text), 5), "b.json"))
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
    public void Read_Throws_WhenArrayIsTruncatedOrFollowedByContent(string text)
    {
        Assert.Throws<RecordFormatException>(() =>
            RecordReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t.json").ToList());
    }

    [Fact]
    public void Read_Throws_WhenInputIsNotJson()
    {
        var ex = Assert.Throws<RecordFormatException>(() =>
            RecordReader.Read(new MemoryStream("hello"u8.ToArray()), "h.txt").ToList());

        Assert.Equal(1, ex.Line);
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

    private static string Compact(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();
}
