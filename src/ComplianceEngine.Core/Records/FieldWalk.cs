using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// Walks the fields of one contract object at its JSON path, for every object a record has: the reader claims its
/// fields by name with <see cref="Take"/>, and whatever it does not claim is kept with <see cref="Keep"/> (the contract
/// never rejects an unknown field). A field named twice is reported under the object's path.
/// </summary>
internal ref struct FieldWalk
{
    private readonly RecordFieldReader _f;
    private readonly string _path;
    private JsonElement.ObjectEnumerator _fields;
    private JsonProperty _current;
    private JsonObject? _extra;

    public FieldWalk(JsonElement obj, string path, RecordFieldReader f)
    {
        _fields = obj.EnumerateObject();
        _path = path;
        _f = f;
        Name = "";
    }

    /// <summary>
    /// The current field's name: the shared string of a contract name, matched on its raw UTF-8 (no allocation); a
    /// string of its own only for a name the contract does not give (kept in <c>Extra</c>) or one written with escapes.
    /// </summary>
    public string Name { get; private set; }

    /// <summary>The fields the reader did not claim, or null when there were none.</summary>
    public readonly JsonObject? Extra => _extra;

    public bool MoveNext()
    {
        if (!_fields.MoveNext())
        {
            return false;
        }

        _current = _fields.Current;
        Name = ContractFieldNames.Find(JsonMarshal.GetRawUtf8PropertyName(_current)) ?? _current.Name;
        return true;
    }

    /// <summary>Holds the current field's value; a field named twice is a problem (which value counts?).</summary>
    public readonly void Take(ref JsonElement slot)
    {
        if (slot.ValueKind != JsonValueKind.Undefined)
        {
            _f.Error(_path, Name, RecordReasons.Repeated);
        }

        slot = _current.Value;
    }

    /// <summary>Keeps the current field, one the contract does not name, for the object's <c>Extra</c>.</summary>
    public void Keep()
    {
        _extra ??= [];
        if (_extra.ContainsKey(Name))
        {
            _f.Error(_path, Name, RecordReasons.Repeated);
        }

        _extra[Name] = JsonNode.Parse(_current.Value.GetRawText());
    }
}
