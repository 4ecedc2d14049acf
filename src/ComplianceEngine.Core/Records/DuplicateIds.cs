using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// The one rule on repeated ids in an input (a file, a request): a record whose kind and id were already seen is
/// invalid, with the error <c>$.id: duplicate id 'X' (also record N)</c>; the first is kept. A project and an
/// enterprise may share an id (they are separate registers). Memory grows with the number of distinct ids (about
/// 60 bytes each), the one state the streaming reader keeps.
/// </summary>
public sealed class DuplicateIds(string source)
{
    private readonly Dictionary<(string? Kind, string Id), int> _firstIndex = [];

    public ParsedRecord Check(ParsedRecord parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Id is not { } id || _firstIndex.TryAdd((parsed.Kind, id), parsed.Index))
        {
            return parsed;
        }

        var error = new RecordError("$.id", $"duplicate id '{id}' (also record {_firstIndex[(parsed.Kind, id)]})")
        {
            Source = source,
            Index = parsed.Index,
            RecordId = id,
        };
        return parsed with { Record = null, Errors = [.. parsed.Errors, error] };
    }
}
