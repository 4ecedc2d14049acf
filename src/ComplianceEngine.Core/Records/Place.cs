using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// Where a record is: the official city and county names, their GB/T 2260 codes when given, and notes on names that
/// were read as official ones. Null parts were absent or unreadable.
/// </summary>
internal readonly record struct Place(string? City, string? County, string? CityCode, string? CountyCode, IReadOnlyList<RecordNote> Notes);
