using System.Collections.Concurrent;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Compilation;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Evaluation;

/// <summary>Evaluates records against the compiled catalog. Thread-safe; one instance serves a whole batch.</summary>
internal sealed class RuleEvaluator
{
    private static readonly Dictionary<string, int> SectorBits =
        SectorMap.AllSectors.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);

    private readonly IReadOnlyList<CompiledRule> _rules;
    private readonly ParameterCatalog _parameters;
    private readonly string _version;
    private readonly ConcurrentDictionary<(RecordKind, long, string, DateOnly), ApplicableRules> _applicable = new();

    public RuleEvaluator(IReadOnlyList<CompiledRule> rules, ParameterCatalog parameters, string version)
    {
        _rules = rules;
        _parameters = parameters;
        _version = version;
    }

    /// <param name="exceedances">Hourly monitoring facts of the record (enterprises only); none when nobody holds its readings.</param>
    public EvaluationResult Evaluate(ComplianceRecord record, DateOnly asOf, IReadOnlyList<ExceedanceMonth> exceedances)
    {
        var p = _parameters.For(record.City, asOf);
        var rules = Applicable(record, asOf);
        var budget = EvaluationBudget.Current;
        var findings = new List<Finding>();
        List<RecordError>? errors = null;

        foreach (var rule in rules.Record)
        {
            Try(rule, record, null, null, null, p, null, findings, budget, ref errors);
        }

        for (var i = 0; i < record.Facilities.Count; i++)
        {
            var facility = record.Facilities[i];
            foreach (var rule in rules.Facility)
            {
                if (rule.LooksAt(facility))
                {
                    Try(rule, record, facility, null, null, p, facility.Id ?? $"facilities[{i}]", findings, budget, ref errors);
                }
            }
        }

        if (rules.Emission.Length > 0 && record is EnterpriseRecord enterprise)
        {
            foreach (var emission in enterprise.Emissions)
            {
                if (!emission.CountsOn(asOf))
                {
                    continue;
                }

                var facility = FacilityOf(enterprise, emission.FacilityId);
                var month = _parameters.For(record.City, asOf, emission.Period);
                foreach (var rule in rules.Emission)
                {
                    if (facility is not null && rule.LooksAt(facility))
                    {
                        Try(rule, record, facility, emission, null, month, emission.FacilityId, findings, budget, ref errors);
                    }
                }
            }
        }

        if (rules.Exceedance.Length > 0 && record is EnterpriseRecord monitored)
        {
            foreach (var exceedance in exceedances)
            {
                var facility = FacilityOf(monitored, exceedance.FacilityId);
                foreach (var rule in rules.Exceedance)
                {
                    if (facility is not null && rule.LooksAt(facility))
                    {
                        Try(rule, record, facility, null, exceedance, p, exceedance.FacilityId, findings, budget, ref errors);
                    }
                }
            }
        }

        findings.Sort(FindingOrder);
        return new EvaluationResult
        {
            RecordId = record.Id,
            Kind = record.Kind == RecordKind.Project ? "project" : "enterprise",
            Outcome = record.Kind == RecordKind.Project ? OutcomePolicy.ForProject(findings) : OutcomePolicy.ForEnterprise(findings),
            Findings = findings,
            Errors = errors is null ? [] : errors,
            Notes = record.Notes.Count > 0 ? record.Notes : null,
            RuleSetVersion = _version,
            AsOf = asOf,
        };
    }

    private static int FindingOrder(Finding a, Finding b)
    {
        var c = a.Severity.CompareTo(b.Severity);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.RuleId, b.RuleId);
        }

        return c != 0 ? c : string.CompareOrdinal(a.FacilityId, b.FacilityId);
    }

    private static Facility? FacilityOf(EnterpriseRecord record, string id)
    {
        foreach (var f in record.Facilities)
        {
            if (f.Id == id)
            {
                return f;
            }
        }

        return null;
    }

    private static void Try(CompiledRule rule, ComplianceRecord record, Facility? facility, Emission? emission, ExceedanceMonth? exceedance, ParameterSet p,
        string? facilityId, List<Finding> findings, EvaluationBudget? budget, ref List<RecordError>? errors)
    {
        try
        {
            var failed = rule.FirstFailing(record, facility, emission, exceedance, p, budget);
            if (failed < 0)
            {
                findings.Add(FindingFactory.Create(rule, record, facility, emission, exceedance, p, facilityId));
            }
            else if (rule.AsksWhenMissing && FindingFactory.Missing(rule, record, facility, emission, exceedance, p, facilityId, failed) is { } missing)
            {
                findings.Add(missing);
            }
        }
        catch (Exception e) when (e is NullReferenceException or InvalidCastException or InvalidOperationException or IndexOutOfRangeException)
        {
            // A rule that cannot be evaluated on a record is a catalog defect; say so on the result rather than guess.
            (errors ??= []).Add(new RecordError(facilityId is null ? "$" : $"$ ({facilityId})", $"rule {rule.Definition.Id} could not be evaluated: {e.Message}")
            {
                RecordId = record.Id,
            });
        }
    }

    private ApplicableRules Applicable(ComplianceRecord record, DateOnly asOf)
    {
        long mask = 0;
        foreach (var s in record.Sectors)
        {
            if (SectorBits.TryGetValue(s, out var bit))
            {
                mask |= 1L << bit;
            }
        }

        if (_applicable.TryGetValue((record.Kind, mask, record.City, asOf), out var known))
        {
            return known;
        }

        // Counting takes every lock of the dictionary: only on a miss, not on every record.
        if (_applicable.Count > 100_000)
        {
            _applicable.Clear();
        }

        return _applicable.GetOrAdd((record.Kind, mask, record.City, asOf), key =>
        {
            var (kind, sectorMask, city, date) = key;
            var rules = _rules.Where(r => r.Definition.AppliesTo(kind, city, date, s => (sectorMask & (1L << SectorBits[s])) != 0)).ToArray();
            return new ApplicableRules(
                rules.Where(r => r.Definition.Scope == RuleScope.Record).ToArray(),
                rules.Where(r => r.Definition.Scope == RuleScope.Facility).ToArray(),
                rules.Where(r => r.Definition.Scope == RuleScope.Emission).ToArray(),
                rules.Where(r => r.Definition.Scope == RuleScope.Exceedance).ToArray());
        });
    }
}
