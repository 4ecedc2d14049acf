using System.Text.Json;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// One element of a JSON input. <see cref="Position"/> is the line number in JSON lines and the 0-based position in a
/// JSON array. Either <see cref="Element"/> (valid until the next item is read) or <see cref="SyntaxError"/> is set.
/// </summary>
public readonly record struct JsonItem(int Position, JsonElement Element, string? SyntaxError);
