using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// One record as read: the model when it meets the contract, otherwise <c>Record = null</c> and every problem in
/// <see cref="Errors"/>. <see cref="Id"/> and <see cref="Kind"/> are the raw values when they were strings.
/// </summary>
public sealed record ParsedRecord(int Index, string? Id, string? Kind, ComplianceRecord? Record, IReadOnlyList<RecordError> Errors)
{
    public bool IsValid => Record is not null && Errors.Count == 0;
}
