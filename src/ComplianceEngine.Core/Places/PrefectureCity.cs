namespace ComplianceEngine.Core.Places;

/// <summary>A prefecture-level city of Jiangxi (设区市), its GB/T 2260 code (e.g. 赣州市 360700) and its county-level divisions.</summary>
public sealed record PrefectureCity(string Name, string Code, IReadOnlyList<CountyDivision> Counties)
{
    /// <summary>The county-level division with this official name, or null.</summary>
    public CountyDivision? CountyNamed(string name)
    {
        foreach (var county in Counties)
        {
            if (county.Name == name)
            {
                return county;
            }
        }

        return null;
    }

    /// <summary>The county-level division with this code, or null.</summary>
    public CountyDivision? CountyCoded(string code)
    {
        foreach (var county in Counties)
        {
            if (county.Code == code)
            {
                return county;
            }
        }

        return null;
    }
}
