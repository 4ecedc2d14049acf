using System.Text.RegularExpressions;

namespace ComplianceEngine.Rules.Parameters;

/// <summary>Where a parameter's value comes from: a seed document (source, clause, quote) or a national law or standard (title, number).</summary>
public sealed partial record ParameterReference
{
    public string? Source { get; init; }
    public string? Title { get; init; }
    public string? Number { get; init; }
    public string? Clause { get; init; }
    public string? Quote { get; init; }

    /// <summary>The table a standard's limit is set in (<c>表2</c>), read from the start of <see cref="Clause"/>; null when the clause names none.</summary>
    public string? Table => Clause is { } c && TableAtStart().Match(c) is { Success: true } m ? m.Value : null;

    /// <summary>The standard's number and table, <c>GB 28662-2012 表2</c> (number alone when the clause names no table); null without a number.</summary>
    public string? NumberAndTable => Number is { } n ? (Table is { } t ? $"{n} {t}" : n) : null;

    [GeneratedRegex(@"^表\d+")]
    private static partial Regex TableAtStart();

    public override string ToString() =>
        Source is not null ? $"{Source} {Clause}".Trim() : $"{Title} {Number} {Clause}".Trim();
}
