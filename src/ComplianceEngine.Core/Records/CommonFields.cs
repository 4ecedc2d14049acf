using System.Text.Json;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// The fields every record has, whatever its kind: held while walking a record object, then read by the rules stated
/// here once. The kind's reader calls the reads in its own order, since errors are reported in field order.
/// </summary>
internal struct CommonFields
{
    private const string Root = JsonPaths.Root;

    private JsonElement _kind;
    private JsonElement _id;
    private JsonElement _name;
    private JsonElement _industryCode;
    private JsonElement _city;
    private JsonElement _county;
    private JsonElement _cityCode;
    private JsonElement _countyCode;
    private JsonElement _facilities;
    private JsonElement _lowVocMaterialShare;

    /// <summary>
    /// Checks the shared fields of a record whose kind is unknown, so every problem is named at once. Its other fields
    /// are neither read nor kept: without a kind there is no record to keep them in.
    /// </summary>
    public static void Check(JsonElement record, RecordFieldReader f)
    {
        var common = default(CommonFields);
        var walk = new FieldWalk(record, Root, f);
        while (walk.MoveNext())
        {
            common.Take(walk);
        }

        common.ReadId(f);
        common.ReadName(f);
        common.ReadIndustryCode(f);
        common.ReadPlace(f);
    }

    /// <summary>Holds the walk's current field when it is a shared one; keeps it as an unknown field otherwise.</summary>
    public void TakeOrKeep(ref FieldWalk walk)
    {
        if (!Take(walk))
        {
            walk.Keep();
        }
    }

    public readonly string? ReadId(RecordFieldReader f) => f.String(_id, Root, "id", required: true);

    public readonly string? ReadName(RecordFieldReader f) => f.String(_name, Root, "name", required: true);

    /// <summary>A GB/T 4754-2017 class: exactly 4 digits.</summary>
    public readonly string? ReadIndustryCode(RecordFieldReader f)
    {
        var code = f.String(_industryCode, Root, "industryCode", required: true);
        if (code is null)
        {
            return null;
        }

        if (code.Length != 4 || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1])
            || !char.IsAsciiDigit(code[2]) || !char.IsAsciiDigit(code[3]))
        {
            f.Error(Root, "industryCode", RecordReasons.Digits(4, code));
            return null;
        }

        return code;
    }

    /// <inheritdoc cref="PlaceReader"/>
    public readonly Place ReadPlace(RecordFieldReader f) => PlaceReader.Read(_city, _county, _cityCode, _countyCode, f);

    /// <inheritdoc cref="FacilityReader.ReadAll"/>
    public readonly IReadOnlyList<Facility> ReadFacilities(RecordFieldReader f, bool idRequired, out List<string>? ids) =>
        FacilityReader.ReadAll(_facilities, f, idRequired, out ids);

    public readonly double? ReadLowVocMaterialShare(RecordFieldReader f) =>
        f.Number(_lowVocMaterialShare, Root, "lowVocMaterialShare", required: false, NumberRange.Fraction);

    /// <summary>True when the walk's current field is a shared one (and is now held).</summary>
    private bool Take(in FieldWalk walk)
    {
        switch (walk.Name)
        {
            case "kind": walk.Take(ref _kind); return true;
            case "id": walk.Take(ref _id); return true;
            case "name": walk.Take(ref _name); return true;
            case "industryCode": walk.Take(ref _industryCode); return true;
            case "city": walk.Take(ref _city); return true;
            case "county": walk.Take(ref _county); return true;
            case "cityCode": walk.Take(ref _cityCode); return true;
            case "countyCode": walk.Take(ref _countyCode); return true;
            case "facilities": walk.Take(ref _facilities); return true;
            case "lowVocMaterialShare": walk.Take(ref _lowVocMaterialShare); return true;
            default: return false;
        }
    }
}
