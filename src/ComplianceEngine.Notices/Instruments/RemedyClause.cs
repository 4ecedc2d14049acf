using System.Text.Json;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Authorities;

namespace ComplianceEngine.Notices.Instruments;

/// <summary>
/// A part of a family's remedy that applies only when a facility's flag says so (<c>families.*.clauses</c>), e.g.
/// 取消烟气旁路 only where <c>hasBypass</c> is true, so an order never demands what the facts show is already done.
/// <see cref="Unless"/> = true: the clause applies unless the flag is true (an unreported flag keeps the clause).
/// </summary>
public sealed record RemedyClause(string Field, bool Unless, string Remedy, string RemedyEn)
{
    /// <summary>The facility flags a clause may test, by contract field name.</summary>
    public static readonly IReadOnlyList<string> Fields = ["hasBypass", "onlineMonitoring", "vocTreated", "lowNox"];

    /// <summary>Whether the clause applies to <paramref name="facility"/>; without a facility it always does.</summary>
    public bool AppliesTo(Facility? facility)
    {
        if (facility is null)
        {
            return true;
        }

        var flag = Field switch
        {
            "hasBypass" => facility.HasBypass,
            "onlineMonitoring" => facility.OnlineMonitoring,
            "vocTreated" => facility.VocTreated,
            _ => facility.LowNox,
        };
        return Unless ? flag != true : flag == true;
    }

    internal static RemedyClause Read(JsonElement e, string path, string where)
    {
        string Text(string name) => e.TryGetProperty(name, out var v) && v.GetString() is { Length: > 0 } s
            ? s
            : throw new NoticeConfigurationException(path, $"{where}.{name}: required text is missing");
        var (field, unless) = e.TryGetProperty("when", out _) ? (Text("when"), false) : (Text("unless"), true);
        return Fields.Contains(field)
            ? new RemedyClause(field, unless, Text("remedy"), Text("remedyEn"))
            : throw new NoticeConfigurationException(path, $"{where}: '{field}' is not one of {string.Join(", ", Fields)}");
    }
}
