using System.Text;

namespace ComplianceEngine.Core.Records;

/// <summary>The values of one contract enumeration, with their UTF-8 bytes for allocation-free matching.</summary>
internal sealed class ContractEnum
{
    public ContractEnum(string[] values)
    {
        Values = values;
        Utf8 = Array.ConvertAll(values, Encoding.UTF8.GetBytes);
        Expected = string.Join(", ", values);
    }

    public static readonly ContractEnum ConstructionTypes = new(ContractValues.ConstructionTypes);
    public static readonly ContractEnum ManagementClasses = new(ContractValues.ManagementClasses);
    public static readonly ContractEnum FacilityTypes = new(ContractValues.FacilityTypes);
    public static readonly ContractEnum Fuels = new(ContractValues.Fuels);
    public static readonly ContractEnum UltraLowStatuses = new(ContractValues.UltraLowStatuses);
    public static readonly ContractEnum Pollutants = new(ContractValues.Pollutants);
    public static readonly ContractEnum HeavyMetals = new(ContractValues.HeavyMetals);
    public static readonly ContractEnum HeavyMetalOffsets = new(ContractValues.HeavyMetalOffsets);
    public static readonly ContractEnum CreditRatings = new(ContractValues.CreditRatings);
    public static readonly ContractEnum EiaDocuments = new(ContractValues.EiaDocuments);

    public string[] Values { get; }

    public byte[][] Utf8 { get; }

    /// <summary>The values for a message: <c>coal, gas, oil, biomass, electric</c>.</summary>
    public string Expected { get; }

    /// <summary>The shared string of the value spelled by <paramref name="utf8"/>, or null.</summary>
    public string? Match(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < Utf8.Length; i++)
        {
            if (utf8.SequenceEqual(Utf8[i]))
            {
                return Values[i];
            }
        }

        return null;
    }
}
