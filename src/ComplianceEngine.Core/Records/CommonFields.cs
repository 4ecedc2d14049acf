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
    public bool Take(string name, JsonElement value)
    {
        switch (name)
        {
            case "kind": Kind = value; return true;
            case "id": Id = value; return true;
            case "name": Name = value; return true;
            case "industryCode": IndustryCode = value; return true;
            case "city": City = value; return true;
            case "county": County = value; return true;
            case "facilities": Facilities = value; return true;
            case "lowVocMaterialShare": LowVocMaterialShare = value; return true;
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
