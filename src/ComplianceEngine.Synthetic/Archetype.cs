namespace ComplianceEngine.Synthetic;

/// <summary>A kind of enterprise the generator draws: its industry code, how common it is and what facilities it runs.</summary>
internal sealed record Archetype(string IndustryCode, string NameZh, double Weight, Func<Draw, string, ComplianceEngine.Core.Records.Facility[]> Facilities);
