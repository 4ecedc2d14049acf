using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplianceEngine.Notices.Authorities;

/// <summary>
/// A document number pattern such as <c>赣市环通〔{year}〕{seq:0000}号</c>: <c>{year}</c> is the issuing year,
/// <c>{seq}</c> the sequence within the city and year, optionally zero-padded by a format of zeros. Formatting is a
/// pure function of year and sequence, so a number never depends on when or where it was rendered.
/// </summary>
public sealed partial class NoticeNumberPattern
{
    private readonly string _prefix;
    private readonly string _between;
    private readonly string _suffix;
    private readonly string _seqFormat;
    private readonly bool _yearFirst;

    private NoticeNumberPattern(string pattern, string prefix, string between, string suffix, string seqFormat, bool yearFirst)
    {
        Pattern = pattern;
        _prefix = prefix;
        _between = between;
        _suffix = suffix;
        _seqFormat = seqFormat;
        _yearFirst = yearFirst;
    }

    public string Pattern { get; }

    /// <summary>The pattern, or <see cref="FormatException"/> saying what is wrong with it.</summary>
    public static NoticeNumberPattern Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var tokens = Token().Matches(pattern);
        var year = tokens.Where(t => t.Groups["name"].Value == "year").ToArray();
        var seq = tokens.Where(t => t.Groups["name"].Value == "seq").ToArray();
        if (tokens.Count != 2 || year.Length != 1 || seq.Length != 1 || year[0].Groups["format"].Success)
        {
            throw new FormatException(
                $"number pattern '{pattern}' must hold {{year}} once and {{seq}} or {{seq:000…}} once, and nothing else in braces");
        }

        if (pattern.Replace(year[0].Value, "", StringComparison.Ordinal).Replace(seq[0].Value, "", StringComparison.Ordinal).IndexOfAny(['{', '}']) >= 0)
        {
            throw new FormatException($"number pattern '{pattern}' has a stray brace");
        }

        var (first, second) = year[0].Index < seq[0].Index ? (year[0], seq[0]) : (seq[0], year[0]);
        return new NoticeNumberPattern(
            pattern,
            pattern[..first.Index],
            pattern[(first.Index + first.Length)..second.Index],
            pattern[(second.Index + second.Length)..],
            seq[0].Groups["format"].Success ? seq[0].Groups["format"].Value : "0",
            yearFirst: first == year[0]);
    }

    public string Format(int year, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        return Compose(year, sequence.ToString(_seqFormat, CultureInfo.InvariantCulture));
    }

    /// <summary>The number of a draft not yet issued: the serial left blank (<c>洪环责改〔2026〕　　号</c>), as a paper draft has it.</summary>
    public string Unassigned(int year) => Compose(year, "\u3000\u3000");

    private string Compose(int year, string serial)
    {
        var y = year.ToString("0000", CultureInfo.InvariantCulture);
        return _yearFirst ? _prefix + y + _between + serial + _suffix : _prefix + serial + _between + y + _suffix;
    }

    public override string ToString() => Pattern;

    [GeneratedRegex(@"\{(?<name>[a-z]+)(?::(?<format>0+))?\}")]
    private static partial Regex Token();
}
