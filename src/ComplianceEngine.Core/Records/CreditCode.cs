using System.Text.Json;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character.</summary>
public static class CreditCode
{
    public const int Length = 18;

    /// <summary>The 31 characters of the code, in value order (no I, O, S, V, Z).</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Value of each ASCII character in <see cref="Charset"/>, -1 for any other.</summary>
    private static readonly sbyte[] Values = BuildValues();

    /// <summary>The check character for the first 17 characters, or null if they are not 17 charset characters.</summary>
    public static char? CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = ValueOf(first17[i]);
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Charset[check == 31 ? 0 : check];
    }

    /// <summary>Null when the code is valid; otherwise why not (English).</summary>
    public static string? Validate(string code) => Problem(code)?.En;

    /// <summary>Null when the code is valid; otherwise why not, in Chinese and English.</summary>
    internal static LocalizedText? Problem(string code)
    {
        if (code.Length != Length)
        {
            return new($"应为 {Length} 个字符，实际为 {code.Length} 个", $"must be {Length} characters, got {code.Length}");
        }

        for (var i = 0; i < code.Length; i++)
        {
            if (ValueOf(code[i]) < 0)
            {
                return new($"第 {i + 1} 位的“{code[i]}”不允许（GB 32100-2015：数字和除 I、O、S、V、Z 以外的大写字母）",
                    $"character '{code[i]}' at position {i + 1} is not allowed "
                    + "(GB 32100-2015: digits and upper-case letters except I, O, S, V, Z)");
            }
        }

        var expected = CheckCharacter(code.AsSpan(0, Length - 1))!.Value;
        return code[Length - 1] == expected
            ? null
            : new($"校验码为“{code[Length - 1]}”，应为“{expected}”（GB 32100-2015）", $"check character is '{code[Length - 1]}', expected '{expected}' (GB 32100-2015)");
    }

    public static bool IsValid(string code) => Validate(code) is null;

    /// <summary>An optional credit code field of a record: a string whose check character is right, or null (problem reported).</summary>
    internal static string? Read(JsonElement e, string parent, string name, RecordFieldReader f)
    {
        var code = f.String(e, parent, name, required: false);
        if (code is not null && Problem(code) is { } problem)
        {
            f.Error(parent, name, problem);
            return null;
        }

        return code;
    }

    private static int ValueOf(char c) => c < 128 ? Values[c] : -1;

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Charset.Length; i++)
        {
            values[Charset[i]] = (sbyte)i;
        }

        return values;
    }
}
