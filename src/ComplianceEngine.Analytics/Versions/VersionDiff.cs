namespace ComplianceEngine.Analytics.Versions;

/// <summary>
/// What changed between two rule-set versions: rules (by id), dated parameters (by name) and emission limits (by
/// regime, pollutant, facility types, fuel, cities and start date), each added, removed or changed.
/// </summary>
public sealed record VersionDiff(string From, string To, IReadOnlyList<ItemChange> Rules, IReadOnlyList<ItemChange> Parameters, IReadOnlyList<ItemChange> Limits)
{
    public bool IsEmpty => Rules.Count == 0 && Parameters.Count == 0 && Limits.Count == 0;
}

/// <summary>One rule, parameter or limit: <see cref="Change"/> is <c>added</c>, <c>removed</c> or <c>changed</c>; <see cref="File"/> is where it lives in the newer version (the older when removed).</summary>
public sealed record ItemChange(string Id, string Change, string File, IReadOnlyList<FieldChange> Fields);

/// <summary>A changed value at a JSON path inside the item (<c>values[0].value</c>); old or new is null where the path is absent on that side. Values as JSON text.</summary>
public sealed record FieldChange(string Path, string? Old, string? New);
