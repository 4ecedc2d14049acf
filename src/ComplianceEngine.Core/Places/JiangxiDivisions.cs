using System.Text.Json;

namespace ComplianceEngine.Core.Places;

/// <summary>
/// Jiangxi's 11 prefecture-level cities and 100 county-level divisions with their GB/T 2260 codes, read from the
/// embedded <c>jiangxi-divisions.json</c> (source: 中华人民共和国民政部 行政区划代码; the file names the edition).
/// </summary>
public static class JiangxiDivisions
{
    private static readonly Lazy<(string Source, PrefectureCity[] Cities)> Data = new(Load);

    /// <summary>江西省.</summary>
    public const string ProvinceName = "江西省";

    /// <summary>Where the codes come from, as the data file states it.</summary>
    public static string Source => Data.Value.Source;

    /// <summary>The cities in code order (南昌市 360100 … 上饶市 361100).</summary>
    public static IReadOnlyList<PrefectureCity> Cities => Data.Value.Cities;

    /// <summary>The city with this official name (<c>赣州市</c>), or null.</summary>
    public static PrefectureCity? CityNamed(string name)
    {
        foreach (var city in Data.Value.Cities)
        {
            if (city.Name == name)
            {
                return city;
            }
        }

        return null;
    }

    /// <summary>The city with this code (<c>360700</c>), or null.</summary>
    public static PrefectureCity? CityCoded(string code)
    {
        foreach (var city in Data.Value.Cities)
        {
            if (city.Code == code)
            {
                return city;
            }
        }

        return null;
    }

    private static (string, PrefectureCity[]) Load()
    {
        using var stream = typeof(JiangxiDivisions).Assembly.GetManifestResourceStream("ComplianceEngine.Core.Places.jiangxi-divisions.json")
            ?? throw new InvalidOperationException("embedded resource jiangxi-divisions.json is missing from ComplianceEngine.Core");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var cities = root.GetProperty("cities").EnumerateArray()
            .Select(c => new PrefectureCity(
                c.GetProperty("name").GetString()!,
                c.GetProperty("code").GetString()!,
                [.. c.GetProperty("counties").EnumerateArray().Select(k => new CountyDivision(k.GetProperty("name").GetString()!, k.GetProperty("code").GetString()!))]))
            .ToArray();
        return (root.GetProperty("source").GetString()!, cities);
    }
}
