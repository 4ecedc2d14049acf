using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Catalog;
using RulesEngine.Models;

namespace ComplianceEngine.Rules.Evaluation;

/// <summary>
/// Evaluates a record the plain way, with Microsoft RulesEngine's <c>ExecuteAllRulesAsync</c> per workflow and per
/// facility, emission or month of exceedance facts. Slow by design: it is the reference the compiled path is tested
/// and measured against.
/// </summary>
public static class RulesEngineReference
{
    /// <returns>The rules that fired, as <c>RULE-ID</c> or <c>RULE-ID@facility</c>.</returns>
    public static async Task<SortedSet<string>> FiredAsync(RuleSet ruleSet, ComplianceRecord record, DateOnly asOf, IReadOnlyList<ExceedanceMonth>? exceedances = null)
    {
        var fired = new SortedSet<string>(StringComparer.Ordinal);
        var p = ruleSet.Parameters.For(record.City, asOf);
        var applicable = ruleSet.Rules.Select(r => r.Definition)
            .Where(d => d.AppliesTo(record.Kind, record.City, asOf, record.InSector))
            .ToArray();

        foreach (var workflow in applicable.GroupBy(d => (d.Workflow, d.Scope)))
        {
            var wanted = workflow.ToDictionary(d => d.Id);
            var rp = RuleParameter.Create("r", record);
            var pp = RuleParameter.Create("p", p);
            switch (workflow.Key.Scope)
            {
                case RuleScope.Record:
                    Collect(await ruleSet.Engine.ExecuteAllRulesAsync(workflow.Key.Workflow, rp, pp), wanted, null, null, fired);
                    break;
                case RuleScope.Facility:
                    for (var i = 0; i < record.Facilities.Count; i++)
                    {
                        var f = record.Facilities[i];
                        var results = await ruleSet.Engine.ExecuteAllRulesAsync(workflow.Key.Workflow, rp, RuleParameter.Create("f", f), pp);
                        Collect(results, wanted, f, f.Id ?? $"facilities[{i}]", fired);
                    }

                    break;
                case RuleScope.Emission when record is EnterpriseRecord enterprise:
                    foreach (var e in enterprise.Emissions.Where(e => e.CountsOn(asOf)))
                    {
                        var f = enterprise.Facilities.FirstOrDefault(x => x.Id == e.FacilityId);
                        if (f is not null)
                        {
                            var month = RuleParameter.Create("p", ruleSet.Parameters.For(record.City, asOf, e.Period));
                            var results = await ruleSet.Engine.ExecuteAllRulesAsync(workflow.Key.Workflow, rp, RuleParameter.Create("f", f), RuleParameter.Create("e", e), month);
                            Collect(results, wanted, f, e.FacilityId, fired);
                        }
                    }

                    break;
                case RuleScope.Exceedance when record is EnterpriseRecord monitored:
                    foreach (var x in exceedances ?? [])
                    {
                        var f = monitored.Facilities.FirstOrDefault(y => y.Id == x.FacilityId);
                        if (f is not null)
                        {
                            var results = await ruleSet.Engine.ExecuteAllRulesAsync(workflow.Key.Workflow, rp, RuleParameter.Create("f", f), RuleParameter.Create("x", x), pp);
                            Collect(results, wanted, f, x.FacilityId, fired);
                        }
                    }

                    break;
            }
        }

        return fired;
    }

    private static void Collect(List<RuleResultTree> results, Dictionary<string, RuleDefinition> wanted, Facility? facility, string? facilityId, SortedSet<string> fired)
    {
        foreach (var r in results)
        {
            if (r.IsSuccess && wanted.TryGetValue(r.Rule.RuleName, out var d)
                && (facility is null || d.FacilityTypes.Count == 0 || d.FacilityTypes.Contains(facility.Type)))
            {
                fired.Add(facilityId is null ? d.Id : $"{d.Id}@{facilityId}");
            }
        }
    }
}
