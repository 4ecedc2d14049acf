using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Rendering;

namespace ComplianceEngine.Notices.Tests.Rendering;

/// <summary>
/// One instrument of every kind, from the bundled sample screened by the real catalog with the party's register
/// details filled in (<see cref="RegisterDetails"/>), numbered as a batch would be. The sample holds no project
/// lacking a decisive value, so the 补正通知 comes from a sample two-high project with <c>addsCapacity</c> removed,
/// and none that may be approved outright (see <see cref="Approvable"/>).
/// </summary>
internal static class SampleInstruments
{
    public static readonly Lazy<NoticeRenderer> Renderer = new(() => NoticeRenderer.Load(RepositoryFiles.Notices));

    private static readonly Lazy<IReadOnlyList<(NoticeRequest Request, int Sequence)>> Firsts = new(Build);

    public static (NoticeRequest Request, int Sequence) Of(NoticeType type) => Firsts.Value.Single(x => x.Request.Type == type);

    public static RenderedNotice Render(NoticeType type, string language)
    {
        var (request, sequence) = Of(type);
        return Renderer.Value.Render(request, language, sequence, draft: true);
    }

    private static List<(NoticeRequest, int)> Build()
    {
        // The project lacking a value comes first, so the 补正 example asks for a field as well as for proof of conditions.
        var records = SampleScreening.All.Select(RegisterDetails.Complete).Prepend(LackingCapacity()).Append(Approvable()).ToList();
        var (scores, drawn) = InspectionInputs(records);
        var requests = NoticePlanner.Plan(records, SampleScreening.AsOf, [.. NoticeTypes.All], scores, drawn);
        var sequences = DraftNumbering.Assign(Renderer.Value, requests);
        var firsts = new List<(NoticeRequest, int)>();
        foreach (var type in NoticeTypes.All)
        {
            // The 审批意见 example is one with requirements of its own; a plain approval has its own test.
            var index = requests.ToList().FindIndex(r => r.Type == type && (type != NoticeType.ApprovalOpinion || r.Findings.Count > 0));
            Assert.True(index >= 0, $"the sample needs no {type.Slug()} instrument");
            firsts.Add((requests[index], sequences[index]));
        }

        return firsts;
    }

    /// <summary>
    /// What the weekly job takes from the risk model, stood in for here (these tests train no model): a score per
    /// enterprise rising with its binding and overdue findings, and as the random share of each city the first
    /// compliant enterprise by id and the lowest-scored one with open findings (a draw from outside the top may land
    /// on one; it is then listed as drawn, with its findings).
    /// </summary>
    public static (Dictionary<string, double> Scores, HashSet<string> Drawn) InspectionInputs(IReadOnlyList<ScreenedRecord> records)
    {
        var enterprises = records.Where(r => r.Record is EnterpriseRecord).ToArray();
        var scores = enterprises.ToDictionary(r => r.Record.Id, r => Math.Min(0.95,
            0.05 + 0.1 * r.Result.Findings.Count(NoticePlanner.IsBinding) + 0.15 * r.Result.Findings.Count(f => f.Overdue)), StringComparer.Ordinal);
        var drawn = enterprises.GroupBy(r => r.Record.City).SelectMany(g => new[]
        {
            g.Where(r => r.Result.Outcome == Outcome.Compliant).Select(r => r.Record.Id).Order(StringComparer.Ordinal).FirstOrDefault(),
            g.Where(r => r.Result.Outcome is Outcome.Noncompliant or Outcome.Due)
                .OrderBy(r => scores[r.Record.Id]).ThenBy(r => r.Record.Id, StringComparer.Ordinal).Select(r => r.Record.Id).FirstOrDefault(),
        }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return (scores, drawn);
    }

    /// <summary>
    /// Every conditional sample project is large enough to need an energy review first (refused until it has one), so the 审批意见 comes
    /// from a sample project with an ultra-low construction condition made smaller (5,000 t standard coal a year).
    /// </summary>
    private static ScreenedRecord Approvable()
    {
        foreach (var r in SampleScreening.All.Where(r => r.Record is ProjectRecord && r.Result.Findings.Any(f => f.Family == "ultra-low")))
        {
            var changed = SampleScreening.Screen(RegisterDetails.Complete(((ProjectRecord)r.Record) with { AnnualEnergyTce = 5000 }));
            if (NoticePlanner.ProjectInstrument(changed) == NoticeType.ApprovalOpinion)
            {
                return changed;
            }
        }

        throw new InvalidOperationException("no sample project with an ultra-low condition becomes approvable when made smaller");
    }

    private static ScreenedRecord LackingCapacity()
    {
        foreach (var r in SampleScreening.All.Where(r => r.Record is ProjectRecord { AddsCapacity: not null }))
        {
            var changed = SampleScreening.Screen(RegisterDetails.Complete(((ProjectRecord)r.Record) with { AddsCapacity = null }));
            if (NoticePlanner.ProjectInstrument(changed) == NoticeType.SupplementRequest)
            {
                return changed;
            }
        }

        throw new InvalidOperationException("no sample project asks for addsCapacity when it is removed");
    }
}
