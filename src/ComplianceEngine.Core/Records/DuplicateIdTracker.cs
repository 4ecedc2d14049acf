using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>Ids must be unique within a batch: the later record with an id seen before is invalid.</summary>
internal sealed class DuplicateIdTracker(string source)
{
    private readonly Dictionary<string, int> _firstIndex = new(StringComparer.Ordinal);

    public ParsedRecord Check(ParsedRecord parsed)
    {
        if (parsed.Id is not { } id)
        {
            return parsed;
        }

        if (_firstIndex.TryAdd(id, parsed.Index))
        {
            return parsed;
        }

        var error = new RecordError("$.id", $"duplicate id '{id}' (also record {_firstIndex[id]})")
        {
            Source = source,
            Index = parsed.Index,
            RecordId = id,
        };
        return parsed with { Record = null, Errors = [.. parsed.Errors, error] };
    }
}
