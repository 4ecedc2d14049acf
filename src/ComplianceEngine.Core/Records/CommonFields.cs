using System.Text.Json;

namespace ComplianceEngine.Core.Records;

/// <summary>The raw fields that projects and enterprises share, collected while walking a record object.</summary>
internal struct CommonFields
{
    public JsonElement Kind;
    public JsonElement Id;
    public JsonElement Name;
    public JsonElement IndustryCode;
    public JsonElement City;
    public JsonElement County;
    public JsonElement Facilities;
    public JsonElement LowVocMaterialShare;

    /// <summary>True when <paramref name="name"/> is a shared field (and is now held).</summary>
    public bool Take(string name, JsonProperty property, RecordFieldReader f)
    {
        const string root = JsonPaths.Root;
        switch (name)
        {
            case "kind": f.Take(ref Kind, property, root); return true;
            case "id": f.Take(ref Id, property, root); return true;
            case "name": f.Take(ref Name, property, root); return true;
            case "industryCode": f.Take(ref IndustryCode, property, root); return true;
            case "city": f.Take(ref City, property, root); return true;
            case "county": f.Take(ref County, property, root); return true;
            case "facilities": f.Take(ref Facilities, property, root); return true;
            case "lowVocMaterialShare": f.Take(ref LowVocMaterialShare, property, root); return true;
            default: return false;
        }
    }

    /// <summary>A GB/T 4754-2017 class: exactly 4 digits.</summary>
    public static string? ReadIndustryCode(JsonElement e, RecordFieldReader f)
    {
        var code = f.String(e, JsonPaths.Root, "industryCode", required: true);
        if (code is null)
        {
            return null;
        }

        if (code.Length != 4 || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1])
            || !char.IsAsciiDigit(code[2]) || !char.IsAsciiDigit(code[3]))
        {
            f.Error(JsonPaths.Root, "industryCode", $"must be 4 digits, got '{code}'");
            return null;
        }

        return code;
    }
}
