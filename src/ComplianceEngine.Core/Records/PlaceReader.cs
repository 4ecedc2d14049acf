using System.Text.Json;
using ComplianceEngine.Core.Places;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// Reads <c>city</c>, <c>county</c>, <c>cityCode</c> and <c>countyCode</c> of a record and checks that the codes
/// (GB/T 2260, 6 digits) name Jiangxi divisions that agree with the names.
/// </summary>
internal static class PlaceReader
{
    private const string Root = JsonPaths.Root;

    public static Place Read(JsonElement city, JsonElement county, JsonElement cityCode, JsonElement countyCode, RecordFieldReader f)
    {
        var cityName = f.String(city, Root, "city", required: true);
        var countyName = f.String(county, Root, "county", required: false);
        var cityCodeValue = ReadCode(cityCode, "cityCode", f);
        var countyCodeValue = ReadCode(countyCode, "countyCode", f);

        var named = cityName is null ? null : JiangxiDivisions.CityNamed(cityName);
        var division = named;
        if (cityCodeValue is not null)
        {
            var coded = JiangxiDivisions.CityCoded(cityCodeValue);
            if (coded is null)
            {
                f.Error(Root, "cityCode", $"'{cityCodeValue}' is not the GB/T 2260 code of a prefecture-level city of Jiangxi");
            }
            else if (named is not null && coded != named)
            {
                f.Error(Root, "cityCode", $"cityCode {cityCodeValue} is {coded.Name}, but city is {named.Name}");
            }

            division ??= coded;
        }

        if (countyCodeValue is not null && division is not null)
        {
            CheckCountyCode(division, countyName, countyCodeValue, f);
        }

        return new Place(cityName, countyName, cityCodeValue, countyCodeValue);
    }

    private static void CheckCountyCode(PrefectureCity city, string? countyName, string code, RecordFieldReader f)
    {
        var coded = city.CountyCoded(code);
        if (coded is null)
        {
            f.Error(Root, "countyCode", $"'{code}' is not the GB/T 2260 code of a county-level division of {city.Name}");
        }
        else if (countyName is not null && city.CountyNamed(countyName) is { } named && named != coded)
        {
            f.Error(Root, "countyCode", $"countyCode {code} is {coded.Name}, but county is {named.Name}");
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
            f.Error(Root, name, $"must be 6 digits (GB/T 2260), got '{code}'");
            return null;
        }

        return code;
    }
}
