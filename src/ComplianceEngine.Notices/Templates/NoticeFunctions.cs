using Scriban.Runtime;

namespace ComplianceEngine.Notices.Templates;

/// <summary>
/// The functions templates call (<c>date_cn</c>, <c>date_en</c>, <c>month_cn</c>, <c>month_en</c>, <c>num_cn</c>, <c>amount_cn</c>, <c>yuan_cn</c>).
/// They take <c>object</c> and check it themselves: Scriban would turn a null into a default date or zero, which
/// is exactly the silent blank strict rendering forbids.
/// </summary>
internal static class NoticeFunctions
{
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("date_cn", new Func<object?, string>(v => ChineseFormat.Date(AsDate(v, "date_cn"))));
        functions.Import("date_en", new Func<object?, string>(v => ChineseFormat.DateEn(AsDate(v, "date_en"))));
        functions.Import("month_cn", new Func<object?, string>(v => ChineseFormat.Month(AsDate(v, "month_cn"))));
        functions.Import("month_en", new Func<object?, string>(v => ChineseFormat.MonthEn(AsDate(v, "month_en"))));
        functions.Import("num_cn", new Func<object?, string>(v => ChineseFormat.Numeral(checked((int)AsNumber(v, "num_cn")))));
        functions.Import("amount_cn", new Func<object?, string>(v => ChineseFormat.Amount(AsNumber(v, "amount_cn"))));
        functions.Import("yuan_cn", new Func<object?, string>(v => ChineseFormat.Yuan((decimal)AsNumber(v, "yuan_cn"))));
        // Shared by every render on every thread: a template assigning to a function name must fail, not change it for all.
        functions.IsReadOnly = true;
        return functions;
    }

    private static DateOnly AsDate(object? value, string function) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        null => throw new ArgumentNullException(nameof(value), $"{function}: the date is null"),
        _ => throw new ArgumentException($"{function}: expected a date, got {value.GetType().Name}", nameof(value)),
    };

    private static double AsNumber(object? value, string function) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        null => throw new ArgumentNullException(nameof(value), $"{function}: the number is null"),
        _ => throw new ArgumentException($"{function}: expected a number, got {value.GetType().Name}", nameof(value)),
    };
}
