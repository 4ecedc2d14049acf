using System.Text;
using System.Text.RegularExpressions;

namespace ComplianceEngine.Rules.Evaluation;

/// <summary>
/// A message split once into literal text and <c>{placeholders}</c>, each placeholder bound once to what fills it (a
/// built-in value or the slot of one of the rule's facts), so filling it per finding needs no regex and no name lookup.
/// <c>{name|singular|plural}</c> writes a count with its noun in the right number: <c>{exceedingHours|hour|hours}</c>
/// gives <c>1 hour</c> or <c>3 hours</c>.
/// </summary>
internal sealed partial class MessageTemplate
{
    // What a part is: literal text, a built-in value, or (>= 0) the slot of a fact.
    private const int Literal = -1;
    private const int FacilityId = -2;
    private const int Deadline = -3;
    private const int AsOf = -4;
    private const int Unknown = -5;

    [ThreadStatic]
    private static StringBuilder? _buffer;

    private readonly (string Text, int Source, string? One, string? Many)[] _parts;

    /// <param name="factKeys">The rule's fact names by slot; a placeholder naming none of them (nor a built-in) is written back as it is.</param>
    public MessageTemplate(string template, IReadOnlyList<string> factKeys)
    {
        var parts = new List<(string, int, string?, string?)>();
        var last = 0;
        foreach (Match m in Placeholder().Matches(template))
        {
            if (m.Index > last)
            {
                parts.Add((template[last..m.Index], Literal, null, null));
            }

            var name = m.Groups[1].Value;
            parts.Add((name, name switch
            {
                "facilityId" => FacilityId,
                "deadline" => Deadline,
                "asOf" => AsOf,
                _ => IndexOf(factKeys, name),
            }, m.Groups[2].Success ? m.Groups[2].Value : null, m.Groups[3].Success ? m.Groups[3].Value : null));
            last = m.Index + m.Length;
        }

        if (last < template.Length)
        {
            parts.Add((template[last..], Literal, null, null));
        }

        _parts = [.. parts];
    }

    /// <param name="facts">The finding's fact values by slot.</param>
    public string Fill(object?[] facts, string? facilityId, DateOnly? deadline, DateOnly asOf, bool chinese)
    {
        var sb = _buffer ??= new StringBuilder(256);
        sb.Clear();
        foreach (var (text, source, one, many) in _parts)
        {
            switch (source)
            {
                case Literal:
                    sb.Append(text);
                    break;
                case Unknown:
                    sb.Append('{').Append(text).Append('}');
                    break;
                case FacilityId:
                    sb.Append(MessageFormatter.Value(facilityId, chinese));
                    break;
                case Deadline:
                    sb.Append(MessageFormatter.Value(deadline, chinese));
                    break;
                case AsOf:
                    sb.Append(MessageFormatter.Value(asOf, chinese));
                    break;
                default:
                    sb.Append(MessageFormatter.Value(facts[source], chinese));
                    if (one is not null && many is not null)
                    {
                        sb.Append(' ').Append(IsOne(facts[source]) ? one : many);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static bool IsOne(object? value) => value is IConvertible c && c is not string && c.ToDouble(System.Globalization.CultureInfo.InvariantCulture) == 1;

    private static int IndexOf(IReadOnlyList<string> keys, string name)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == name)
            {
                return i;
            }
        }

        return Unknown;
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)(?:\|([^|{}]+)\|([^|{}]+))?\}")]
    private static partial Regex Placeholder();
}
