using System.Globalization;

namespace ComplianceEngine.Host.Localization;

/// <summary>
/// Punctuation a page writes around its words, by the request's UI culture: full-width （）：； in Chinese, ASCII with
/// spaces in English, so an English sentence never carries a Chinese bracket.
/// </summary>
public static class Punctuation
{
    public static bool Chinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    /// <summary><c>（x）</c> right after the word before it, or <c> (x)</c> with a space in English.</summary>
    public static string Parenthesized(string inner) => Chinese ? $"（{inner}）" : $" ({inner})";

    /// <summary>Between a label and what it says.</summary>
    public static string Colon => Chinese ? "：" : ": ";

    /// <summary>Between items of one list in running text.</summary>
    public static string Semicolon => Chinese ? "；" : "; ";
}
