using System.Text.Json.Nodes;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Core.Records;

/// <summary>What enterprise and project records share. Rule expressions see these as <c>r</c>.</summary>
public abstract record ComplianceRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string IndustryCode { get; init; }
    public required string City { get; init; }
    public string? County { get; init; }

    /// <summary>GB/T 2260 code of the city (6 digits, e.g. <c>360700</c>); when given it agrees with <see cref="City"/>.</summary>
    public string? CityCode { get; init; }

    /// <summary>GB/T 2260 code of the county-level division (6 digits, e.g. <c>360703</c>); agrees with <see cref="County"/>.</summary>
    public string? CountyCode { get; init; }
    public IReadOnlyList<Facility> Facilities { get; init; } = [];
    public double? LowVocMaterialShare { get; init; }

    /// <summary>Sectors derived from the industry code and facilities (contract table), e.g. <c>steel</c>.</summary>
    public IReadOnlySet<string> Sectors { get; init; } = new HashSet<string>();

    /// <summary>How the reader interpreted values (a city name read as its official name); empty when it took them as given.</summary>
    public IReadOnlyList<RecordNote> Notes { get; init; } = [];

    /// <summary>Fields the contract does not name: kept as they came, never rejected.</summary>
    public JsonObject? Extra { get; init; }

    public abstract RecordKind Kind { get; }

    public bool InSector(string sector) => Sectors.Contains(sector);

    public bool IsTwoHigh => Sectors.Overlaps(SectorMap.TwoHighSectors);
}
