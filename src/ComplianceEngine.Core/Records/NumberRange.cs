namespace ComplianceEngine.Core.Records;

/// <summary>The range a contract number must fall in.</summary>
internal enum NumberRange
{
    Any,
    NonNegative,
    Positive,
    Fraction,
}
