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

        var first = _firstIndex[(parsed.Kind, id)];
        var error = new RecordError("$.id", new LocalizedText($"编号“{id}”重复（与第 {first + 1} 条记录相同）", $"duplicate id '{id}' (also record {first})"))
        {
            Source = source,
            Index = parsed.Index,
            RecordId = id,
        };
        return parsed with { Record = null, Errors = [.. parsed.Errors, error] };
    }
}
