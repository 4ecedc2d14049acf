using System.Text.Json;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Authorities;

namespace ComplianceEngine.Notices.Instruments;

/// <summary>
/// Per rule family, or per rule where one rule of a family needs its own words (<c>rules</c> in instruments.json):
/// where the facts come from (<see cref="Source"/>), their resolution (<c>hourly</c>, <c>monthly</c> or <c>record</c>
/// for a filed value) and how to correct (<see cref="Remedy"/>, then the <see cref="Clauses"/> the facility's facts
/// call for), in Chinese and English.
/// </summary>
public sealed record FamilyGuidance(string Source, string SourceEn, string Resolution, string Remedy, string RemedyEn)
{
    public IReadOnlyList<RemedyClause> Clauses { get; init; } = [];

    /// <summary>The remedy for a finding about <paramref name="facility"/>: the family's, then each clause that applies.</summary>
    public string RemedyFor(Facility? facility, bool en)
    {
        var parts = Clauses.Where(c => c.AppliesTo(facility)).Select(c => en ? c.RemedyEn : c.Remedy).Prepend(en ? RemedyEn : Remedy);
        return string.Join(en ? ", " : "，", parts);
    }

    public static readonly IReadOnlyList<string> Resolutions = ["hourly", "monthly", "record"];

    /// <summary>Reads an entry; a field it leaves out comes from <paramref name="inherited"/> (a rule's family), else it is required.</summary>
    internal static FamilyGuidance Read(JsonElement e, string path, string where, FamilyGuidance? inherited = null)
    {
        string Text(string name) => e.TryGetProperty(name, out var v) && v.GetString() is { Length: > 0 } s
            ? s
            : inherited is not null && !e.TryGetProperty(name, out _) ? Inherited(inherited, name)
            : throw new NoticeConfigurationException(path, $"{where}.{name}: required text is missing");
        var resolution = Text("resolution");
        if (!Resolutions.Contains(resolution))
        {
            throw new NoticeConfigurationException(path, $"{where}.resolution: '{resolution}' is not one of {string.Join(", ", Resolutions)}");
        }

        return new FamilyGuidance(Text("source"), Text("sourceEn"), resolution, Text("remedy"), Text("remedyEn"))
        {
            Clauses = e.TryGetProperty("clauses", out var clauses)
                ? [.. clauses.EnumerateArray().Select((c, i) => RemedyClause.Read(c, path, $"{where}.clauses[{i}]"))]
                : [],
        };
    }

    private static string Inherited(FamilyGuidance g, string name) => name switch
    {
        "source" => g.Source,
        "sourceEn" => g.SourceEn,
        "resolution" => g.Resolution,
        "remedy" => g.Remedy,
        _ => g.RemedyEn,
    };
}
