using System.Text.Json;

namespace ComplianceEngine.Core.Records;

/// <summary>Reads <c>facilities[]</c>: ids required (enterprises) or optional (projects), and unique.</summary>
internal static class FacilityReader
{
    /// <summary>
    /// The facilities, and the ids they name, so that emissions can be checked against them; <paramref name="ids"/>
    /// is null when that cannot be known (<c>facilities</c> unreadable, or a facility without a readable id).
    /// </summary>
    public static IReadOnlyList<Facility> ReadAll(JsonElement e, RecordFieldReader f, bool idRequired, out List<string>? ids)
    {
        ids = [];
        if (!f.Array(e, JsonPaths.Root, "facilities", required: false))
        {
            if (e.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
            {
                ids = null;
            }

            return [];
        }

        var count = e.GetArrayLength();
        if (count == 0)
        {
            return [];
        }

        var facilities = new Facility[count];
        var seen = new List<string>(count);
        var allNamed = true;
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            var path = JsonPaths.Item(JsonPaths.Facilities, i);
            facilities[i] = ReadOne(item, path, f, idRequired);
            if (facilities[i].Id is not { } id)
            {
                allNamed = false;
            }
            else if (seen.Contains(id))
            {
                f.Error(path, "id", RecordReasons.Duplicate("facility id", "设施编号", id));
            }
            else
            {
                seen.Add(id);
            }

            i++;
        }

        // With a facility whose id could not be read, which ids exist is unknown: emissions are then not checked
        // against them (that would only repeat the facility's problem).
        ids = allNamed || !idRequired ? seen : null;
        return facilities;
    }

    private static Facility ReadOne(JsonElement e, string path, RecordFieldReader f, bool idRequired)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            f.Error(path, RecordReasons.Expected(RecordReasons.AnObject, e.ValueKind));
            return new Facility { Type = "" };
        }

        JsonElement id = default, type = default, fuel = default, tph = default, mw = default, ultraLow = default,
            ultraLowOn = default, lowNox = default, bypass = default, online = default, voc = default, name = default,
            commissioned = default;
        var walk = new FieldWalk(e, path, f);
        while (walk.MoveNext())
        {
            switch (walk.Name)
            {
                case "id": walk.Take(ref id); break;
                case "type": walk.Take(ref type); break;
                case "fuel": walk.Take(ref fuel); break;
                case "capacityTph": walk.Take(ref tph); break;
                case "capacityMw": walk.Take(ref mw); break;
                case "ultraLowStatus": walk.Take(ref ultraLow); break;
                case "ultraLowCompletedOn": walk.Take(ref ultraLowOn); break;
                case "lowNox": walk.Take(ref lowNox); break;
                case "hasBypass": walk.Take(ref bypass); break;
                case "onlineMonitoring": walk.Take(ref online); break;
                case "vocTreated": walk.Take(ref voc); break;
                case "name": walk.Take(ref name); break;
                case "commissionedOn": walk.Take(ref commissioned); break;
                default: walk.Keep(); break;
            }
        }

        return new Facility
        {
            Id = f.String(id, path, "id", idRequired),
            Type = f.Enum(type, path, "type", required: true, ContractEnum.FacilityTypes) ?? "",
            Fuel = f.Enum(fuel, path, "fuel", required: false, ContractEnum.Fuels),
            CapacityTph = f.Number(tph, path, "capacityTph", required: false, NumberRange.Positive),
            CapacityMw = f.Number(mw, path, "capacityMw", required: false, NumberRange.Positive),
            UltraLowStatus = f.Enum(ultraLow, path, "ultraLowStatus", required: false, ContractEnum.UltraLowStatuses),
            UltraLowCompletedOn = f.Date(ultraLowOn, path, "ultraLowCompletedOn", required: false),
            LowNox = f.Bool(lowNox, path, "lowNox", required: false),
            HasBypass = f.Bool(bypass, path, "hasBypass", required: false),
            OnlineMonitoring = f.Bool(online, path, "onlineMonitoring", required: false),
            VocTreated = f.Bool(voc, path, "vocTreated", required: false),
            Name = f.String(name, path, "name", required: false),
            CommissionedOn = f.Date(commissioned, path, "commissionedOn", required: false),
            Extra = walk.Extra,
        };
    }
}
