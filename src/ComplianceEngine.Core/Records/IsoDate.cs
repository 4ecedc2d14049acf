namespace ComplianceEngine.Core.Records;

/// <summary>Parses the contract's dates (<c>yyyy-MM-dd</c>) and months (<c>yyyy-MM</c>) from raw UTF-8, without allocating.</summary>
internal static class IsoDate
{
    /// <summary>
    /// True with the date when <paramref name="utf8"/> is <c>yyyy-MM-dd</c> and a calendar date;
    /// <paramref name="shapeOk"/> tells a wrong shape from an impossible date such as <c>2025-02-30</c>.
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<byte> utf8, out DateOnly date, out bool shapeOk)
    {
        date = default;
        shapeOk = utf8.Length == 10 && utf8[4] == (byte)'-' && utf8[7] == (byte)'-'
            && TryDigits(utf8[..4], out _) && TryDigits(utf8.Slice(5, 2), out _) && TryDigits(utf8.Slice(8, 2), out _);
        if (!shapeOk)
        {
            return false;
        }

        TryDigits(utf8[..4], out var year);
        TryDigits(utf8.Slice(5, 2), out var month);
        TryDigits(utf8.Slice(8, 2), out var day);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>True with the first day of the month when <paramref name="utf8"/> is <c>yyyy-MM</c>.</summary>
    public static bool TryParseMonth(ReadOnlySpan<byte> utf8, out DateOnly month)
    {
        month = default;
        if (utf8.Length != 7 || utf8[4] != (byte)'-' || !TryDigits(utf8[..4], out var year)
            || !TryDigits(utf8.Slice(5, 2), out var m) || year < 1 || m is < 1 or > 12)
        {
            return false;
        }

        month = new DateOnly(year, m, 1);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}
