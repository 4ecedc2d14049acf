using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ComplianceEngine.Rules.Evaluation;

/// <summary>
/// A finding's facts: the rule's fact names (shared by every finding of the rule, in catalog order) and this finding's
/// values. Reads and enumerates like the dictionary it replaces, at one array per finding instead of a hash table.
/// </summary>
internal sealed class FactValues(string[] keys, object?[] values) : IReadOnlyDictionary<string, object?>
{
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no fact '{key}'");

    public IEnumerable<string> Keys => keys;
    public IEnumerable<object?> Values => values;
    public int Count => keys.Length;

    public bool ContainsKey(string key) => Array.IndexOf(keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        // A handful of names: a scan beats hashing.
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                value = values[i];
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
