using System.Text;
using System.Text.RegularExpressions;

namespace ComplianceEngine.Rules.Evaluation;

/// <summary>
/// A message split once into literal text and <c>{placeholders}</c>, so filling it per finding needs no regex.
/// <c>{name|singular|plural}</c> writes a count with its noun in the right number: <c>{exceedingHours|hour|hours}</c>
/// gives <c>1 hour</c> or <c>3 hours</c>.
/// </summary>
internal sealed partial class MessageTemplate
{
    private readonly (string Text, bool IsPlaceholder, string? One, string? Many)[] _parts;

    public MessageTemplate(string template)
    {
        var parts = new List<(string, bool, string?, string?)>();
        var last = 0;
        foreach (Match m in Placeholder().Matches(template))
        {
            if (m.Index > last)
            {
                parts.Add((template[last..m.Index], false, null, null));
            }

            parts.Add((m.Groups[1].Value, true, m.Groups[2].Success ? m.Groups[2].Value : null, m.Groups[3].Success ? m.Groups[3].Value : null));
            last = m.Index + m.Length;
        }

        if (last < template.Length)
        {
            parts.Add((template[last..], false, null, null));
        }

        _parts = [.. parts];
    }

    public string Fill(Func<string, (bool Found, object? Value)> lookup, bool chinese)
    {
        var sb = new StringBuilder(64);
        foreach (var (text, isPlaceholder, one, many) in _parts)
        {
            if (!isPlaceholder)
            {
                sb.Append(text);
            }
            else if (lookup(text) is (true, var value))
            {
                sb.Append(MessageFormatter.Value(value, chinese));
                if (one is not null && many is not null)
                {
                    sb.Append(' ').Append(IsOne(value) ? one : many);
                }
            }
            else
            {
                sb.Append('{').Append(text).Append('}');
            }
        }

        return sb.ToString();
    }

    private static bool IsOne(object? value) => value is IConvertible c && c is not string && c.ToDouble(System.Globalization.CultureInfo.InvariantCulture) == 1;

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)(?:\|([^|{}]+)\|([^|{}]+))?\}")]
    private static partial Regex Placeholder();
}
