using System.Globalization;
using ComplianceEngine.Core.Places;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Paging;

namespace ComplianceEngine.Host.Apis;

/// <summary>
/// Query-string checks every endpoint shares, each failure a validation error under the parameter's name: a parameter
/// given more than once, or holding a control character (NUL included), is refused before any endpoint runs
/// (<see cref="Problems"/>); numbers are parsed here rather than by model binding, whose failure is a bare 400.
/// </summary>
public static class QueryParameters
{
    public const string Page = "page";
    public const string PageSize = "pageSize";

    /// <summary>Errors by parameter name for repeated parameters and control characters; empty when the query is clean.</summary>
    public static Dictionary<string, string[]> Problems(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            if (values.Count > 1)
            {
                errors[name] = [$"given {values.Count} times; give it once"];
                continue;
            }

            if (ControlCharacter(values.ToString()) is { } reason)
            {
                errors[name] = [reason];
            }
        }

        return errors;
    }

    /// <summary>Why a parameter value is refused for a control character (C0 or DEL), or null when it has none.</summary>
    public static string? ControlCharacter(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var at = value.AsSpan().IndexOfAnyInRange('\0', '\u001f');
        at = at >= 0 ? at : value.IndexOf('\u007f', StringComparison.Ordinal);
        return at >= 0 ? $"contains the control character U+{(int)value[at]:X4} at position {at}" : null;
    }

    /// <summary>An optional whole number from <paramref name="min"/> to <paramref name="max"/>, <paramref name="fallback"/> when absent.</summary>
    public static int Integer(string? text, string name, int min, int max, int fallback, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors[name] = [$"expected a whole number from {min} to {max}, got '{text}'"];
            return fallback;
        }

        return (int)value;
    }

    /// <summary>
    /// An optional city: one of Jiangxi's eleven prefecture-level cities as <see cref="PlaceNames.FindCity"/> reads it
    /// (赣州 and 贛州市 mean 赣州市), returned by its official name; anything else is an error under <paramref name="name"/>.
    /// </summary>
    public static string? City(string? text, string name, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (text is null)
        {
            return null;
        }

        if (PlaceNames.FindCity(text) is { } city)
        {
            return city.Name;
        }

        errors[name] = [$"'{text}' is not a prefecture-level city of Jiangxi (expected one of {string.Join(", ", ContractValues.Cities)})"];
        return text;
    }

    /// <summary>
    /// The <c>page</c> (from 1) and <c>pageSize</c> (1 to <see cref="PageRequest.MaxPageSize"/>, by default
    /// <paramref name="defaultPageSize"/>) of a list.
    /// </summary>
    public static PageRequest Paging(string? page, string? pageSize, IDictionary<string, string[]> errors, int defaultPageSize = PageRequest.DefaultPageSize) =>
        new(Integer(page, Page, 1, int.MaxValue / PageRequest.MaxPageSize, 1, errors),
            Integer(pageSize, PageSize, 1, PageRequest.MaxPageSize, defaultPageSize, errors));
}
