using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

/// <summary>Every refusal of the reader is written in Chinese for people's pages, with the English for machines beside it.</summary>
public sealed class RecordReasonsTests
{
    [Theory]
    [InlineData("""{"kind":"project"}""", "$.id", "缺少此项（必填）", "required field is missing")]
    [InlineData("""{"kind":"project","id":"P-1","annualEnergyTce":"many"}""", "$.annualEnergyTce", "应为数字，实际为文字", "expected a number, got string")]
    [InlineData("""{"kind":"project","id":"P-1","applicationDate":"2025-02-30"}""", "$.applicationDate", "“2025-02-30”不是日历上的日期", "'2025-02-30' is not a calendar date")]
    [InlineData("""{"kind":"project","id":"P-1","constructionType":"build"}""", "$.constructionType", "“build”不是可选值", "unknown value 'build'")]
    [InlineData("""{"kind":"project","id":"P-1","industryCode":"44"}""", "$.industryCode", "应为 4 位数字，实际为“44”", "must be 4 digits, got '44'")]
    [InlineData("""{"kind":"factory","id":"P-1"}""", "$.kind", "“factory”不是可选值", "unknown value 'factory'")]
    public void ReadOne_GivesReasonInChineseAndEnglish_WhenFieldBreaksContract(string json, string path, string zh, string en)
    {
        var parsed = Assert.Single(RecordReader.Read(json, "form").Records);

        var error = Assert.Single(parsed.Errors, e => e.Path == path);
        Assert.StartsWith(zh, error.ReasonZh, StringComparison.Ordinal);
        Assert.StartsWith(en, error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("$", error.ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadOne_WritesEveryReasonInChinese_WhenManyFieldsAreWrong()
    {
        var parsed = Assert.Single(RecordReader.Read("""{"kind":"enterprise","id":7,"city":"Springfield","facilities":[1,{"id":"F","id":"G"}],"emissions":{}}""", "form").Records);

        Assert.NotEmpty(parsed.Errors);
        Assert.All(parsed.Errors, e => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.ReasonZh ?? ""));
    }

    [Fact]
    public void Read_CountsLineAndPositionFromOne_WhenALineIsNotJson()
    {
        var parsed = RecordReader.Read("{\"kind\":\"project\",\"id\":\"P-1\"}\n{\"kind\": }\n", "upload.jsonl").Records;

        var error = Assert.Single(parsed[1].Errors);
        Assert.StartsWith("第 2 行第 10 个字节：不是有效的 JSON", error.ReasonZh, StringComparison.Ordinal);
        Assert.StartsWith("line 2, position 10: not valid JSON", error.Reason, StringComparison.Ordinal);
    }
}
