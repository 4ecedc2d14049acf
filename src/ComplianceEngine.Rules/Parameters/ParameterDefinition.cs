using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Rules.Parameters;

/// <summary>A dated parameter: deadline, threshold, ratio or switch, with its values over time and by city.</summary>
public sealed record ParameterDefinition
{
    public required string Name { get; init; }
    public required ParameterType Type { get; init; }

    /// <summary><c>earlier</c>/<c>later</c>, <c>lower</c>/<c>higher</c> or <c>true</c>/<c>false</c>: which value wins when several apply.</summary>
    public required string Stricter { get; init; }
    public string? Unit { get; init; }
    public required LocalizedText Description { get; init; }
    public required IReadOnlyList<ParameterValue> Values { get; init; }
    public required string File { get; init; }

    /// <summary>The stricter of the values in force on the date for the city, or null when none is.</summary>
    public ParameterValue? Resolve(string city, DateOnly asOf)
    {
        ParameterValue? best = null;
        foreach (var v in Values)
        {
            if (v.AppliesTo(city, asOf) && (best is null || IsStricter(v.Value, best.Value)))
            {
                best = v;
            }
        }

        return best;
    }

    private bool IsStricter(object candidate, object current) => Stricter switch
    {
        "earlier" => (DateOnly)candidate < (DateOnly)current,
        "later" => (DateOnly)candidate > (DateOnly)current,
        "lower" => (double)candidate < (double)current,
        "higher" => (double)candidate > (double)current,
        "true" => (bool)candidate && !(bool)current,
        "false" => !(bool)candidate && (bool)current,
        _ => false,
    };
}
