using System.Text.Json;
using ComplianceEngine.Notices.Authorities;

namespace ComplianceEngine.Notices.Instruments;

/// <summary>
/// Per rule family, or per rule where one rule of a family needs its own words (<c>rules</c> in instruments.json):
/// where the facts come from (<see cref="Source"/>), their resolution (<c>hourly</c>, <c>monthly</c> or <c>record</c>
/// for a filed value) and how to correct (<see cref="Remedy"/>), in Chinese and English.
/// </summary>
public sealed record FamilyGuidance(string Source, string SourceEn, string Resolution, string Remedy, string RemedyEn)
{
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

        return new FamilyGuidance(Text("source"), Text("sourceEn"), resolution, Text("remedy"), Text("remedyEn"));
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
