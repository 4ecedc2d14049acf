using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Places;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// Reads <c>city</c>, <c>county</c>, <c>cityCode</c> and <c>countyCode</c> of a record. Names are read as the official
/// Jiangxi division they mean (<see cref="PlaceNames"/>), with a note when the written name differs; a city that is not
/// one of Jiangxi's eleven, or a county that is not in its city, is a problem listing the valid names. Codes (GB/T
/// 2260, 6 digits) must name the same divisions as the names.
/// </summary>
internal static class PlaceReader
{
    private const string Root = JsonPaths.Root;

    private static readonly string CityList = string.Join(", ", JiangxiDivisions.Cities.Select(c => c.Name));

    public static Place Read(JsonElement city, JsonElement county, JsonElement cityCode, JsonElement countyCode, RecordFieldReader f)
    {
        var cityName = f.String(city, Root, "city", required: true);
        var countyName = f.String(county, Root, "county", required: false);
        var cityCodeValue = ReadCode(cityCode, "cityCode", f);
        var countyCodeValue = ReadCode(countyCode, "countyCode", f);
        List<RecordNote>? notes = null;

        PrefectureCity? named = null;
        if (cityName is not null)
        {
            named = PlaceNames.FindCity(cityName);
            if (named is null)
            {
                f.Error(Root, "city", new($"“{cityName}”不是江西省的设区市；应为：{CityList}", $"'{cityName}' is not a prefecture-level city of Jiangxi; expected one of {CityList}"));
            }
            else if (named.Name != cityName)
            {
                (notes ??= []).Add(ReadAs("city", cityName, named.Name));
            }
        }

        CountyDivision? countyDivision = null;
        if (countyName is not null && named is not null)
        {
            countyDivision = PlaceNames.FindCounty(named, countyName);
            if (countyDivision is null)
            {
                var counties = string.Join(", ", named.Counties.Select(c => c.Name));
                f.Error(Root, "county", new($"“{countyName}”不是{named.Name}的县级行政区；应为：{counties}",
                    $"'{countyName}' is not a county-level division of {named.Name}; expected one of {counties}"));
            }
            else if (countyDivision.Name != countyName)
            {
                (notes ??= []).Add(ReadAs("county", countyName, countyDivision.Name));
            }
        }

        var division = named;
        if (cityCodeValue is not null)
        {
            var coded = JiangxiDivisions.CityCoded(cityCodeValue);
            if (coded is null)
            {
                f.Error(Root, "cityCode", new($"“{cityCodeValue}”不是江西省设区市的行政区划代码（GB/T 2260）", $"'{cityCodeValue}' is not the GB/T 2260 code of a prefecture-level city of Jiangxi"));
            }
            else if (named is not null && coded != named)
            {
                f.Error(Root, "cityCode", new($"代码 {cityCodeValue} 是{coded.Name}，但所在设区市填的是{named.Name}", $"cityCode {cityCodeValue} is {coded.Name}, but city is {named.Name}"));
            }

            division ??= coded;
        }

        if (countyCodeValue is not null && division is not null)
        {
            CheckCountyCode(division, countyDivision, countyCodeValue, f);
        }

        return new Place(named?.Name ?? cityName, countyDivision?.Name ?? countyName, cityCodeValue, countyCodeValue, notes ?? []);
    }

    private static RecordNote ReadAs(string field, string written, string official) => new(
        JsonPaths.Field(Root, field),
        new LocalizedText(
            $"“{written}”按行政区划代码（GB/T 2260）所列名称读作“{official}”",
            $"{field} '{written}' read as {official}, its official name (GB/T 2260)"));

    private static void CheckCountyCode(PrefectureCity city, CountyDivision? named, string code, RecordFieldReader f)
    {
        var coded = city.CountyCoded(code);
        if (coded is null)
        {
            f.Error(Root, "countyCode", new($"“{code}”不是{city.Name}县级行政区的行政区划代码（GB/T 2260）", $"'{code}' is not the GB/T 2260 code of a county-level division of {city.Name}"));
        }
        else if (named is not null && named != coded)
        {
            f.Error(Root, "countyCode", new($"代码 {code} 是{coded.Name}，但所在县（市、区）填的是{named.Name}", $"countyCode {code} is {coded.Name}, but county is {named.Name}"));
        }
    }

    private static string? ReadCode(JsonElement e, string name, RecordFieldReader f)
    {
        var code = f.String(e, Root, name, required: false);
        if (code is null)
        {
            return null;
        }

        if (code.Length != 6 || code.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            f.Error(Root, name, RecordReasons.Digits(6, code, "GB/T 2260"));
            return null;
        }

        return code;
    }
}
