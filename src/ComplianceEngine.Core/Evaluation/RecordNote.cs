namespace ComplianceEngine.Core.Evaluation;

/// <summary>
/// How the reader interpreted a value of a record (e.g. <c>$.city</c> <c>赣州</c> read as 赣州市): the JSON path and
/// what it did, in Chinese and English. Carried on the record and on every result evaluated from it.
/// </summary>
public sealed record RecordNote(string Path, LocalizedText Text);
