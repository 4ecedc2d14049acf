using System.Text;
using System.Text.RegularExpressions;

namespace ComplianceEngine.Rules.Evaluation;

/// <summary>A message split once into literal text and <c>{placeholders}</c>, so filling it per finding needs no regex.</summary>
internal sealed partial class MessageTemplate
{
    private readonly (string Text, bool IsPlaceholder)[] _parts;

    public MessageTemplate(string template)
    {
        var parts = new List<(string, bool)>();
        var last = 0;
        foreach (Match m in Placeholder().Matches(template))
        {
            if (m.Index > last)
            {
                parts.Add((template[last..m.Index], false));
            }

            parts.Add((m.Groups[1].Value, true));
            last = m.Index + m.Length;
        }

        if (last < template.Length)
        {
            parts.Add((template[last..], false));
        }

        _parts = [.. parts];
    }

    public string Fill(Func<string, (bool Found, object? Value)> lookup, bool chinese)
    {
        var sb = new StringBuilder(64);
        foreach (var (text, isPlaceholder) in _parts)
        {
            if (!isPlaceholder)
            {
                sb.Append(text);
            }
            else if (lookup(text) is (true, var value))
            {
                sb.Append(MessageFormatter.Value(value, chinese));
            }
            else
            {
                sb.Append('{').Append(text).Append('}');
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
