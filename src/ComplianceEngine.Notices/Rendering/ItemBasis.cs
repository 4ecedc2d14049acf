using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Instruments;

namespace ComplianceEngine.Notices.Rendering;

/// <summary>
/// The provisions an item of an instrument names, out of everything its rule cites: the standard and table the
/// finding was actually judged by (the <c>limitSource</c> fact, e.g. <c>GB 28662-2012 表2</c>), only the sector
/// documents that cover the facility or record (<see cref="BasisScope"/>), and the law split into the provision
/// violated (大气污染防治法第十八条) and the article that allows the order (第九十九条, <c>orderProvisions</c>).
/// </summary>
internal sealed record ItemBasis(IReadOnlyList<LegalReference> Violated, IReadOnlyList<LegalReference> Order, IReadOnlyList<LegalReference> Policy)
{
    /// <summary>The fact limit rules carry: the number and table of the limit applied (<c>ParameterSet.LimitSource</c>).</summary>
    public const string LimitSourceFact = "limitSource";

    public static ItemBasis Of(Finding f, ComplianceRecord? record, Facility? facility, InstrumentSettings settings)
    {
        IEnumerable<LegalReference> cited = f.Citation.Basis;
        if (f.Facts.TryGetValue(LimitSourceFact, out var v) && v is string { Length: > 0 } source)
        {
            cited = Applied(f.Citation.Basis, source);
        }

        var scoped = cited.Where(b => settings.Scope(b.Title) is not null).ToList();
        var covering = scoped.Where(b => settings.Scope(b.Title)!.Covers(record, facility)).ToList();
        // A rule whose scoped documents none covers keeps them all rather than citing nothing.
        var kept = cited.Where(b => settings.Scope(b.Title) is null || covering.Count == 0 || covering.Contains(b)).ToList();

        var legal = kept.Where(b => b.Kind is not (BasisKind.Plan or BasisKind.BureauValue)).ToList();
        return new ItemBasis(
            [.. legal.Where(b => !settings.IsOrderProvision(b))],
            [.. legal.Where(settings.IsOrderProvision)],
            [.. kept.Where(b => b.Kind is BasisKind.Plan or BasisKind.BureauValue)]);
    }

    // Standards and plans other than the one the limit came from are dropped; that one names the table applied.
    private static IEnumerable<LegalReference> Applied(IReadOnlyList<LegalReference> basis, string source)
    {
        var at = source.IndexOf(" 表", StringComparison.Ordinal);
        var number = at < 0 ? source : source[..at];
        var table = at < 0 ? null : source[(at + 1)..];
        if (!basis.Any(b => b.Number == number))
        {
            return basis;
        }

        return basis
            .Where(b => b.Kind is not (BasisKind.Standard or BasisKind.Plan) || b.Number == number)
            .Select(b => b.Number == number && table is not null ? b with { Clause = table } : b);
    }
}
