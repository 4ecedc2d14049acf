namespace ComplianceEngine.Core.Places;

/// <summary>A county-level division of Jiangxi (县级行政区: 市辖区, 县级市 or 县) with its GB/T 2260 code, e.g. 南康区 360703.</summary>
public sealed record CountyDivision(string Name, string Code);
