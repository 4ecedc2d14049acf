using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// Reads typed contract fields from <see cref="JsonElement"/>s of one record and collects every problem.
/// Absent fields are <see cref="JsonValueKind.Undefined"/>; an optional field that is <c>null</c> counts as absent.
/// Paths are only built when there is a problem.
/// </summary>
internal sealed class RecordFieldReader
{
    private List<KeyValuePair<string, LocalizedText>>? _errors;

    public bool HasErrors => _errors is not null;

    public void Error(string path, LocalizedText reason) => (_errors ??= []).Add(new(path, reason));

    public void Error(string parent, string name, LocalizedText reason) => Error(JsonPaths.Field(parent, name), reason);

    public IReadOnlyList<RecordError> ToErrors(string source, int index, string? recordId)
    {
        if (_errors is null)
        {
            return [];
        }

        var errors = new RecordError[_errors.Count];
        for (var i = 0; i < errors.Length; i++)
        {
            errors[i] = new RecordError(_errors[i].Key, _errors[i].Value) { Source = source, Index = index, RecordId = recordId };
        }

        return errors;
    }

    public static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public string? String(JsonElement e, string parent, string name, bool required)
    {
        if (!Present(e, parent, name, required, RecordReasons.AString))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.String)
        {
            Error(parent, name, RecordReasons.Expected(RecordReasons.AString, e.ValueKind));
            return null;
        }

        var value = e.GetString()!;
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(parent, name, RecordReasons.Empty);
            return null;
        }

        return value;
    }

    public bool? Bool(JsonElement e, string parent, string name, bool required)
    {
        if (!Present(e, parent, name, required, RecordReasons.ABoolean))
        {
            return null;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                Error(parent, name, RecordReasons.Expected(RecordReasons.ABoolean, e.ValueKind));
                return null;
        }
    }

    public double? Number(JsonElement e, string parent, string name, bool required, NumberRange range)
    {
        if (!Present(e, parent, name, required, RecordReasons.ANumber))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.Number)
        {
            Error(parent, name, RecordReasons.Expected(RecordReasons.ANumber, e.ValueKind));
            return null;
        }

        if (!e.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            Error(parent, name, RecordReasons.OutOfRange);
            return null;
        }

        var got = value.ToString(CultureInfo.InvariantCulture);
        var problem = range switch
        {
            NumberRange.NonNegative when value < 0 => RecordReasons.AtLeast("0", got),
            NumberRange.Positive when value <= 0 => RecordReasons.Above("0", got),
            NumberRange.Fraction when value is < 0 or > 1 => RecordReasons.Between("0", "1", got),
            _ => null,
        };
        if (problem is not null)
        {
            Error(parent, name, problem);
            return null;
        }

        return value;
    }

    public int? Integer(JsonElement e, string parent, string name, bool required, int min, int max)
    {
        if (!Present(e, parent, name, required, RecordReasons.AnInteger))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.Number)
        {
            Error(parent, name, RecordReasons.Expected(RecordReasons.AnInteger, e.ValueKind));
            return null;
        }

        if (!e.TryGetInt32(out var value))
        {
            Error(parent, name, RecordReasons.NotInteger(e.GetRawText()));
            return null;
        }

        if (value < min || value > max)
        {
            var (low, got) = (min.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));
            Error(parent, name, max == int.MaxValue
                ? RecordReasons.AtLeast(low, got)
                : RecordReasons.Between(low, max.ToString(CultureInfo.InvariantCulture), got));
            return null;
        }

        return value;
    }

    /// <summary>One of <paramref name="allowed"/>; returns the shared instance of the value (no allocation).</summary>
    public string? Enum(JsonElement e, string parent, string name, bool required, ContractEnum allowed)
    {
        if (!Present(e, parent, name, required, RecordReasons.AString))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.String)
        {
            Error(parent, name, RecordReasons.Expected(RecordReasons.AString, e.ValueKind));
            return null;
        }

        if (allowed.Match(StringBytes(e)) is { } value)
        {
            return value;
        }

        Error(parent, name, RecordReasons.Unknown(e.GetString()!, allowed.Expected));
        return null;
    }

    /// <summary>An ISO date <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? Date(JsonElement e, string parent, string name, bool required)
    {
        if (!Present(e, parent, name, required, RecordReasons.ADate))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.String)
        {
            Error(parent, name, RecordReasons.Expected(RecordReasons.ADate, e.ValueKind));
            return null;
        }

        if (IsoDate.TryParseDate(StringBytes(e), out var date, out var shapeOk))
        {
            return date;
        }

        Error(parent, name, shapeOk
            ? RecordReasons.NotCalendarDate(e.GetString()!)
            : RecordReasons.Expected(RecordReasons.ADate, e.GetString()!));
        return null;
    }

    /// <summary>A month <c>yyyy-MM</c>, as its first day.</summary>
    public DateOnly? Month(JsonElement e, string parent, string name, bool required)
    {
        if (!Present(e, parent, name, required, RecordReasons.AMonth))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.String)
        {
            Error(parent, name, RecordReasons.Expected(RecordReasons.AMonth, e.ValueKind));
            return null;
        }

        if (IsoDate.TryParseMonth(StringBytes(e), out var month))
        {
            return month;
        }

        Error(parent, name, RecordReasons.Expected(RecordReasons.AMonth, e.GetString()!));
        return null;
    }

    /// <summary>True when <paramref name="e"/> is an object to read; reports missing and wrong types.</summary>
    public bool Object(JsonElement e, string parent, string name, bool required, bool nullAllowed)
    {
        if (e.ValueKind == JsonValueKind.Undefined)
        {
            if (required)
            {
                Error(parent, name, RecordReasons.Missing);
            }

            return false;
        }

        if (e.ValueKind == JsonValueKind.Null)
        {
            if (!nullAllowed)
            {
                Error(parent, name, RecordReasons.Expected(RecordReasons.AnObject, JsonValueKind.Null));
            }

            return false;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            Error(parent, name, RecordReasons.Expected(nullAllowed ? RecordReasons.AnObjectOrNull : RecordReasons.AnObject, e.ValueKind));
            return false;
        }

        return true;
    }

    /// <summary>True when <paramref name="e"/> is an array to read (null counts as absent).</summary>
    public bool Array(JsonElement e, string parent, string name, bool required)
    {
        if (!Present(e, parent, name, required, RecordReasons.AnArray))
        {
            return false;
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            Error(parent, name, RecordReasons.Expected(RecordReasons.AnArray, e.ValueKind));
            return false;
        }

        return true;
    }

    private bool Present(JsonElement e, string parent, string name, bool required, LocalizedText expected)
    {
        if (e.ValueKind == JsonValueKind.Undefined)
        {
            if (required)
            {
                Error(parent, name, RecordReasons.Missing);
            }

            return false;
        }

        if (e.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(parent, name, RecordReasons.Expected(expected, JsonValueKind.Null));
            }

            return false;
        }

        return true;
    }

    /// <summary>The UTF-8 of a string value: its raw bytes, unless it has escapes (rare) to decode.</summary>
    internal static ReadOnlySpan<byte> StringBytes(JsonElement e)
    {
        var raw = JsonMarshal.GetRawUtf8Value(e);
        raw = raw.Length >= 2 && raw[0] == (byte)'"' ? raw[1..^1] : raw;
        return raw.IndexOf((byte)'\\') < 0 ? raw : Encoding.UTF8.GetBytes(e.GetString()!);
    }
}
