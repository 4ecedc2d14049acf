namespace ComplianceEngine.Core.Records;

/// <summary>JSON paths of record fields (<c>$.facilities[1].capacityTph</c>), cached for common array items.</summary>
internal static class JsonPaths
{
    public const string Root = "$";

    private const int Cached = 32;

    private static readonly string[] FacilityItems = Build("$.facilities");
    private static readonly string[] EmissionItems = Build("$.emissions");

    public static string Field(string parent, string name) => parent + "." + name;

    public static string Item(string arrayPath, int index)
    {
        if (index < Cached)
        {
            if (ReferenceEquals(arrayPath, Facilities))
            {
                return FacilityItems[index];
            }

            if (ReferenceEquals(arrayPath, Emissions))
            {
                return EmissionItems[index];
            }
        }

        return $"{arrayPath}[{index}]";
    }

    public const string Facilities = "$.facilities";
    public const string Emissions = "$.emissions";

    private static string[] Build(string arrayPath)
    {
        var items = new string[Cached];
        for (var i = 0; i < Cached; i++)
        {
            items[i] = $"{arrayPath}[{i}]";
        }

        return items;
    }
}
