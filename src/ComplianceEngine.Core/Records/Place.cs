namespace ComplianceEngine.Core.Records;

/// <summary>Where a record is: city and county as read, and their GB/T 2260 codes when given. Null parts were absent or unreadable.</summary>
internal readonly record struct Place(string? City, string? County, string? CityCode, string? CountyCode);
