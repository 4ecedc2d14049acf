using System.Text;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

/// <summary>Per-record limits: each breach is an error on that record with its JSON path; the other records are read.</summary>
public class RecordLimitsTests
{
    [Theory]
    [InlineData("name", "\"虚构\\u0000公司\"", "$.name", "NUL")]
    [InlineData("name", "\"虚构\\ud800公司\"", "$.name", "not valid Unicode")]
    [InlineData("facilities[0].id", "\"GL\\udc00\"", "$.facilities[0].id", "not valid Unicode")]
    [InlineData("city", "\"\uFFFD州市\"", "$.city", "U+FFFD")]
    public void Read_ReportsPathAndReadsTheRest_WhenAStringCannotBeTrusted(string field, string value, string path, string reason)
    {
        // Set through a placeholder: a lone surrogate does not survive a JSON round trip.
        var bad = RecordJson.With(RecordJson.With(TestData.Enterprise, "id", "\"E-9\""), field, "\"@@\"")
            .Replace("\"@@\"", value, StringComparison.Ordinal).ReplaceLineEndings("");
        var text = $"{bad}\n{TestData.Project.ReplaceLineEndings("")}\n";

        var records = RecordReader.Read(text, "t.jsonl").Records;

        Assert.Equal(2, records.Count);
        Assert.Null(records[0].Record);
        var error = Assert.Single(records[0].Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.True(records[1].IsValid);
    }

    [Fact]
    public void Read_KeepsIdAndKind_WhenOnlyTheNameHoldsANul()
    {
        var bad = RecordJson.With(RecordJson.With(TestData.Enterprise, "id", "\"E-9\""), "name", "\"虚构\\u0000公司\"");

        var record = Assert.Single(RecordReader.Read(bad, "t.json").Records);

        Assert.Null(record.Record);
        Assert.Equal(("E-9", "enterprise"), (record.Id, record.Kind));
        var error = Assert.Single(record.Errors);
        Assert.Equal(("$.name", "E-9"), (error.Path, error.RecordId));
    }

    [Fact]
    public void Read_LeavesTheIdOut_WhenTheIdItselfHoldsANul()
    {
        var bad = RecordJson.With(TestData.Enterprise, "id", "\"E\\u00009\"");

        var record = Assert.Single(RecordReader.Read(bad, "t.json").Records);

        Assert.Null(record.Id);
        Assert.Equal("enterprise", record.Kind);
        Assert.Equal("$.id", Assert.Single(record.Errors).Path);
    }

    [Fact]
    public void Read_KeepsTheIdWithoutThrowing_WhenAFieldNameBeforeItHoldsALoneSurrogate()
    {
        // Looking the id up by name must not unescape the broken name on the way (System.Text.Json throws on it).
        var bad = "{\"na\\ud800me\":\"x\",\"kind\":\"project\",\"id\":\"P-8\"}";

        var record = Assert.Single(RecordReader.Read(bad, "t.json").Records);

        Assert.Equal(("P-8", "project"), (record.Id, record.Kind));
        Assert.Contains(record.Errors, e => e.Path == "$" && e.Reason.Contains("field name", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ReportsFieldName_WhenANameHoldsALoneSurrogate()
    {
        var bad = RecordJson.With(TestData.Project, "id", "\"P-9\"").Replace("\"name\"", "\"na\\ud800me\"", StringComparison.Ordinal);

        var record = Assert.Single(RecordReader.Read(bad, "t.json").Records);

        Assert.Contains(record.Errors, e => e.Path == "$" && e.Reason.Contains("field name", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("id", RecordLimits.MaxIdLength)]
    [InlineData("name", RecordLimits.MaxNameLength)]
    public void Read_ReportsLength_WhenIdOrNameIsTooLong(string field, int limit)
    {
        var atLimit = RecordJson.With(TestData.Project, field, $"\"{new string('甲', limit)}\"");
        var over = RecordJson.With(TestData.Project, field, $"\"{new string('甲', limit + 1)}\"");

        Assert.True(Assert.Single(RecordReader.Read(atLimit, "a.json").Records).IsValid);
        var error = Assert.Single(Assert.Single(RecordReader.Read(over, "o.json").Records).Errors);
        Assert.Equal("$." + field, error.Path);
        Assert.StartsWith($"longer than {limit} characters (got {limit + 1})", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5_000, true)]
    [InlineData(5_000, false)]
    [InlineData(63, true)]
    public void Read_RefusesThatRecordAndReadsTheRest_WhenARecordIsNestedTooDeep(int depth, bool asArray)
    {
        // Found by the host fuzz run: one record 5,000 levels deep stopped the whole array ("the rest of the file is not read").
        var deep = RecordJson.With(TestData.Enterprise, "id", "\"E-DEEP\"").ReplaceLineEndings("")
            .Replace("\"kind\":", $"\"deep\":{new string('[', depth)}{new string(']', depth)},\"kind\":", StringComparison.Ordinal);
        var clean = TestData.Project.ReplaceLineEndings("");
        var text = asArray ? $"[{clean},{deep},{clean.Replace("\"P-", "\"Q-", StringComparison.Ordinal)}]" : $"{clean}\n{deep}\n";

        var records = RecordReader.Read(text, "deep.json").Records;

        Assert.Equal(asArray ? 3 : 2, records.Count);
        Assert.True(records[0].IsValid);
        Assert.True(!asArray || records[2].IsValid);
        var tooDeep = depth + 1 > RecordLimits.MaxDepth;
        Assert.Equal(tooDeep, records[1].Errors.Any(e => e is { Path: "$" } && e.Reason.StartsWith($"nested deeper than {RecordLimits.MaxDepth} levels", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_ReportsOneLineAndGoesOn_WhenAJsonLineIsLargerThanARecordMayBe()
    {
        var huge = "{\"kind\":\"project\",\"notes\":\"" + new string('x', RecordLimits.MaxRecordBytes) + "\"}";
        var text = huge + "\n" + TestData.Project.ReplaceLineEndings("") + "\n";

        var records = RecordReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "h.jsonl").ToList();

        Assert.Equal(2, records.Count);
        Assert.Contains("longer than", Assert.Single(records[0].Errors).Reason, StringComparison.Ordinal);
        Assert.True(records[1].IsValid);
    }

    [Fact]
    public void Read_MarksDuplicateOnlyWithinAKind_WhenProjectAndEnterpriseShareAnId()
    {
        var project = RecordJson.With(TestData.Project, "id", "\"X-1\"").ReplaceLineEndings("");
        var enterprise = RecordJson.With(TestData.Enterprise, "id", "\"X-1\"").ReplaceLineEndings("");

        var records = RecordReader.Read($"{project}\n{enterprise}\n{project}\n", "d.jsonl").Records;

        Assert.True(records[0].IsValid);
        Assert.True(records[1].IsValid);
        Assert.Equal("duplicate id 'X-1' (also record 0)", Assert.Single(records[2].Errors).Reason);
    }
}
