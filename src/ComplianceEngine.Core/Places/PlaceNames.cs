using System.Text;

namespace ComplianceEngine.Core.Places;

/// <summary>
/// Finds the official division a written place name means: whitespace (full-width too) removed, traditional
/// characters read as simplified (贛州市 → 赣州市), the province prefix (江西省, 江西) and, for a county, its city's
/// name dropped, and a name without its suffix (赣州, 南康) completed when exactly one division matches.
/// </summary>
public static class PlaceNames
{
    // The traditional forms of the characters in Jiangxi's city and county names, each followed by its simplified form.
    private const string TraditionalPairs =
        "贛赣饒饶鄉乡餘余鷹鹰撫抚寧宁豐丰縣县區区陽阳東东廣广樂乐萬万興兴會会尋寻烏乌龍龙進进賢贤義义鎮镇岡冈" +
        "鉛铅蓮莲蘆芦潯浔澤泽廬庐貴贵貢贡猶犹遠远於于國国峽峡幹干載载銅铜樹树臨临黃黄資资橫横雲云譜谱紅红灘滩" +
        "灣湾漢汉";

    private static readonly Dictionary<char, char> Simplified = BuildSimplified();

    /// <summary>The city <paramref name="written"/> means, or null when it names none of Jiangxi's eleven.</summary>
    public static PrefectureCity? FindCity(string written)
    {
        var name = StripPrefix(Clean(written), JiangxiDivisions.ProvinceName, "江西");
        return JiangxiDivisions.CityNamed(name) ?? Unique(JiangxiDivisions.Cities, c => c.Name, name);
    }

    /// <summary>The county-level division of <paramref name="city"/> that <paramref name="written"/> means, or null.</summary>
    public static CountyDivision? FindCounty(PrefectureCity city, string written)
    {
        var name = StripPrefix(Clean(written), JiangxiDivisions.ProvinceName, "江西");
        if (city.CountyNamed(name) is { } exact)
        {
            // Before the city prefix is dropped: 南昌县 and 吉安县 begin with their city's name.
            return exact;
        }

        name = StripPrefix(name, city.Name, city.Name[..^1]);
        return city.CountyNamed(name) ?? Unique(city.Counties, c => c.Name, name);
    }

    /// <summary>The name without whitespace (Chinese place names have none) and in simplified characters.</summary>
    private static string Clean(string written)
    {
        var builder = new StringBuilder(written.Length);
        foreach (var c in written)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(Simplified.GetValueOrDefault(c, c));
            }
        }

        return builder.ToString();
    }

    private static string StripPrefix(string name, string prefix, string shortPrefix)
    {
        if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return name[prefix.Length..];
        }

        return name.Length > shortPrefix.Length && name.StartsWith(shortPrefix, StringComparison.Ordinal) ? name[shortPrefix.Length..] : name;
    }

    /// <summary>The one division whose official name is <paramref name="stem"/> plus a one-character suffix (市, 县, 区).</summary>
    private static T? Unique<T>(IEnumerable<T> divisions, Func<T, string> name, string stem)
        where T : class
    {
        if (stem.Length == 0)
        {
            return null;
        }

        T? found = null;
        foreach (var division in divisions)
        {
            var official = name(division);
            if (official.Length == stem.Length + 1 && official.StartsWith(stem, StringComparison.Ordinal))
            {
                if (found is not null)
                {
                    return null;
                }

                found = division;
            }
        }

        return found;
    }

    private static Dictionary<char, char> BuildSimplified()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < TraditionalPairs.Length; i += 2)
        {
            map[TraditionalPairs[i]] = TraditionalPairs[i + 1];
        }

        return map;
    }
}
