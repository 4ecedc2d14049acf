using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplianceEngine.Data.Limits;

/// <summary>The emission limits of a rule set, read from the <c>limits</c> arrays of <c>parameters/*.json</c>.</summary>
public sealed class LimitCatalog(IReadOnlyList<EmissionLimit> limits)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public IReadOnlyList<EmissionLimit> Limits { get; } = limits;

    /// <summary>Reads <paramref name="rulesDirectory"/>/parameters/*.json; a file without <c>limits</c> contributes none.</summary>
    public static LimitCatalog Load(string rulesDirectory)
    {
        var folder = Path.Combine(rulesDirectory, "parameters");
        var limits = new List<EmissionLimit>();
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                var parameters = JsonSerializer.Deserialize<ParametersFile>(File.ReadAllText(file), Json)
                    ?? throw new InvalidDataException($"{file}: empty");
                limits.AddRange(parameters.Limits ?? []);
            }
        }

        return new LimitCatalog(limits);
    }

    /// <summary>The limits of a loaded rule set: the same numbers its <c>limits</c> rules judge monthly averages by.</summary>
    public static LimitCatalog From(Rules.RuleSet ruleSet) =>
        new([.. ruleSet.Parameters.Limits.Select(l => new EmissionLimit
        {
            Regime = l.Regime,
            FacilityTypes = l.FacilityTypes,
            Fuel = l.Fuel,
            Pollutant = l.Pollutant,
            ValueMgM3 = l.ValueMgM3,
            From = l.From,
            To = l.To,
            Cities = l.Cities,
            Reference = new LimitReference
            {
                Source = l.Reference.Source, Title = l.Reference.Title, Number = l.Reference.Number,
                Clause = l.Reference.Clause, Quote = l.Reference.Quote,
            },
        })]);

    public IEnumerable<EmissionLimit> Applicable(string regime, string facilityType, string? fuel, string pollutant, string city) =>
        Limits.Where(l => l.Regime == regime && l.AppliesTo(facilityType, fuel, pollutant, city));

    private sealed record ParametersFile
    {
        [JsonPropertyName("limits")]
        public List<EmissionLimit>? Limits { get; init; }
    }
}
