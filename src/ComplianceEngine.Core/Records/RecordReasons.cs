using System.Text.Json;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// The reader's reasons, each in Chinese (for people's pages) and English (for machines and the English pages), so a
/// refusal is written once in both languages where it arises. The JSON path stays beside it, not in it.
/// </summary>
internal static class RecordReasons
{
    public static readonly LocalizedText Missing = new("缺少此项（必填）", "required field is missing");
    public static readonly LocalizedText Empty = new("不能为空", "must not be empty");
    public static readonly LocalizedText OutOfRange = new("数值超出可读范围", "number out of range");
    public static readonly LocalizedText Repeated = new("同一对象中此项出现了不止一次", "field appears more than once in the object");

    // What a field should hold, as the reasons name it.
    public static readonly LocalizedText AString = new("文字", "a string");
    public static readonly LocalizedText ABoolean = new("是或否（true/false）", "a boolean");
    public static readonly LocalizedText ANumber = new("数字", "a number");
    public static readonly LocalizedText AnInteger = new("整数", "an integer");
    public static readonly LocalizedText ADate = new("日期（yyyy-MM-dd）", "a date yyyy-MM-dd");
    public static readonly LocalizedText AMonth = new("月份（yyyy-MM）", "a month yyyy-MM");
    public static readonly LocalizedText AnArray = new("列表（数组）", "an array");
    public static readonly LocalizedText AnObject = new("对象", "an object");
    public static readonly LocalizedText AnObjectOrNull = new("对象或 null", "an object or null");
    public static readonly LocalizedText ARecord = new("记录对象", "a record object");

    /// <summary>The value has the wrong JSON kind: "expected a number, got string".</summary>
    public static LocalizedText Expected(LocalizedText what, JsonValueKind got) =>
        new($"应为{what.Zh}，实际为{KindZh(got)}", $"expected {what.En}, got {RecordFieldReader.KindName(got)}");

    /// <summary>The value has the right kind but not the right form: "expected a month yyyy-MM, got '2025/10'".</summary>
    public static LocalizedText Expected(LocalizedText what, string got) =>
        new($"应为{what.Zh}，实际为“{got}”", $"expected {what.En}, got '{got}'");

    /// <summary>A number that is not a whole number: "expected an integer, got 1.5".</summary>
    public static LocalizedText NotInteger(string raw) => new($"应为整数，实际为 {raw}", $"expected an integer, got {raw}");

    public static LocalizedText Unknown(string value, string expected) =>
        new($"“{value}”不是可选值（可选：{expected}）", $"unknown value '{value}' (expected one of {expected})");

    public static LocalizedText NotCalendarDate(string value) =>
        new($"“{value}”不是日历上的日期", $"'{value}' is not a calendar date");

    public static LocalizedText AtLeast(string min, string got) =>
        new($"应不小于 {min}，实际为 {got}", $"must be >= {min}, got {got}");

    public static LocalizedText Above(string min, string got) =>
        new($"应大于 {min}，实际为 {got}", $"must be > {min}, got {got}");

    public static LocalizedText Between(string min, string max, string got) =>
        new($"应在 {min} 到 {max} 之间，实际为 {got}", $"must be between {min} and {max}, got {got}");

    public static LocalizedText Digits(int count, string got, string? standard = null) =>
        new($"应为 {count} 位数字{(standard is null ? "" : $"（{standard}）")}，实际为“{got}”",
            $"must be {count} digits{(standard is null ? "" : $" ({standard})")}, got '{got}'");

    public static LocalizedText Duplicate(string what, string whatZh, string id) =>
        new($"{whatZh}“{id}”重复", $"duplicate {what} '{id}'");

    private static string KindZh(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "列表（数组）",
        JsonValueKind.String => "文字",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "是或否（true/false）",
        JsonValueKind.Null => "空值 null",
        _ => "无",
    };
}
