using System.Text.Json;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// One item of an input as framed by <see cref="RecordReader.ReadRaw"/>, before it is read as a record: its 0-based
/// <see cref="Index"/> among the input's items, the 1-based <see cref="Line"/> it starts on, and either its
/// <see cref="Element"/> (valid only until the next item is read) or the <see cref="SyntaxError"/> that stopped it
/// being parsed (a broken JSON line; the next line is still read).
/// </summary>
public readonly record struct RawRecord(int Index, long Line, JsonElement Element, LocalizedText? SyntaxError);
