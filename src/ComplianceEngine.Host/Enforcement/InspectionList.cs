using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Paging;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Risk;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Rendering;
using ComplianceEngine.Risk.Ranking;
using ComplianceEngine.Screening;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Enforcement;

/// <summary>Which inspection list to show: a city (null: the province), county and sector (null: all), how many places, which page.</summary>
public sealed record InspectionListQuery(string? City, string? County, string? Sector, int Top, PageRequest Page);

/// <summary>
/// One ground an entry stands on: a binding finding of the enterprise as of the list's date, with its rule, message
/// (zh, en), the facility by name (its id when the record names none), the pollutant, month and limit it names, and
/// its deadline and whether that is past. A missing decisive value names its fields (JSON paths) in
/// <paramref name="MissingFields"/>, once per fact, with no pollutant or month (it is not about one).
/// </summary>
public sealed record InspectionGround(string RuleId, LocalizedText Message, string? Facility, FindingEvidence Evidence, DateOnly? Deadline, bool Overdue,
    IReadOnlyList<string> MissingFields);

/// <summary>A place on the list: the ranked (or randomly drawn) entry with the model's reasons, its county and its grounds.</summary>
public sealed record InspectionListItem(RiskListEntry Entry, string? County, IReadOnlyList<InspectionGround> Grounds);

/// <summary>
/// A page of an inspection list as scored by a model version under a rule-set version as of a date: the share drawn at
/// random (双随机、一公开), how many enterprises were scored, the counties and sectors one may filter by, and the total
/// number of places.
/// </summary>
public sealed record InspectionListView(
    string ModelVersion, string RuleSetVersion, DateOnly AsOf, double ExploreShare, int Scored, IReadOnlyList<string> Counties,
    IReadOnlyList<string> Sectors, IReadOnlyList<InspectionListItem> Items, PageRequest Page, int Total);

/// <summary>
/// The enforcement team's inspection list: the risk list (<see cref="RiskListBuilder"/>, the same list and random draw
/// as <c>GET /api/v1/risk-list</c>) over the enterprises of a county and sector, with each shown entry's findings as
/// of the date (screened, not stored) as its grounds. Null when no risk model is configured.
/// </summary>
public sealed class InspectionList(RiskRegister risk, RecordScreening screening, RuleSetHolder catalog, IOptions<RiskOptions> options)
{
    public async Task<InspectionListView?> BuildAsync(InspectionListQuery query, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await risk.ScoreAsync(asOf, ct) is not { } scores)
        {
            return null;
        }

        var inCity = scores.Scored.Where(s => query.City is null || s.Record.City == query.City).ToList();
        var pool = inCity.Where(s => (query.County is null || s.Record.County == query.County) && (query.Sector is null || s.Record.InSector(query.Sector))).ToList();
        var share = options.Value.ExploreShare;
        var entries = RiskListBuilder.Build(scores.Model, pool, query.City, query.Top, share);
        var records = pool.ToDictionary(s => s.Record.Id, s => s.Record, StringComparer.Ordinal);
        var items = new List<InspectionListItem>();
        foreach (var entry in query.Page.Slice(entries))
        {
            var record = records[entry.EnterpriseId];
            var result = await screening.EvaluateAsync(catalog.Current, record, asOf, ct);
            items.Add(new InspectionListItem(entry, record.County, [.. MissingFacts.OnePerFact(result.Findings.Where(NoticePlanner.IsBinding)).Select(f => Ground(record, f))]));
        }

        return new InspectionListView(scores.Model.Version, scores.RuleSetVersion, asOf, share, scores.Scored.Count,
            [.. inCity.Select(s => s.Record.County).OfType<string>().Distinct().Order(StringComparer.Ordinal)],
            [.. inCity.SelectMany(s => s.Record.Sectors).Distinct().Order(StringComparer.Ordinal)], items, query.Page, entries.Count);
    }

    private static InspectionGround Ground(EnterpriseRecord record, Finding f) => new(
        f.RuleId, f.Message, f.FacilityId is { } id ? record.Facilities.FirstOrDefault(x => x.Id == id)?.Name ?? id : null,
        f.Severity == Severity.Missing ? FindingReasons.Evidence(f) with { Pollutant = null, PollutantZh = null, Month = null, LimitMgM3 = null } : FindingReasons.Evidence(f),
        f.Deadline, f.Overdue, f.MissingFields);
}
