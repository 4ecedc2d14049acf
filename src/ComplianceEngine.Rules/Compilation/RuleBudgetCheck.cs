using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Compilation;

/// <summary>
/// Measures one rule on a worst-case record at load: every condition and fact on every facility and emission, within
/// a step, time and allocation budget. It runs on its own thread under a watchdog, so a rule that cannot be stopped
/// is reported and abandoned rather than hanging <c>rules check</c>, start-up or a reload.
/// </summary>
internal static class RuleBudgetCheck
{
    /// <summary>Lambda calls one rule may make on the worst-case record: a fraction of a second, and the same on every machine.</summary>
    public const long MaxSteps = 2_000_000;

    /// <summary>Bytes one rule may allocate on the worst-case record.</summary>
    public const long MaxAllocatedBytes = 64L << 20;

    /// <summary>Wall-clock time one rule may take on the worst-case record, generous for a loaded machine.</summary>
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(3);

    // The budget's own deadline stops any allowed expression; the watchdog is for one that would not stop.
    private static readonly TimeSpan Watchdog = MaxTime + TimeSpan.FromSeconds(2);

    /// <returns>Why the rule is refused, or null when it kept within its budget.</returns>
    public static string? Check(CompiledRule rule, ComplianceRecord record, ParameterSet parameters, CancellationToken ct)
    {
        string? problem = null;
        var thread = new Thread(() => problem = Measure(rule, record, parameters, ct)) { IsBackground = true, Name = "rule budget " + rule.Definition.Id };
        thread.Start();
        if (!thread.Join(Watchdog))
        {
            return $"evaluation on a worst-case record ({Describe(record)}) did not stop within {Watchdog.TotalSeconds:0} s; its thread was abandoned";
        }

        ct.ThrowIfCancellationRequested();
        return problem;
    }

    private static string? Measure(CompiledRule rule, ComplianceRecord record, ParameterSet p, CancellationToken ct)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        using (EvaluationBudget.Start(MaxTime, ct, MaxSteps))
        {
            try
            {
                foreach (var (facility, emission, exceedance) in Inputs(rule.Definition.Scope, record))
                {
                    foreach (var condition in rule.Conditions)
                    {
                        Run(() => condition(record, facility, emission, exceedance, p));
                    }

                    foreach (var fact in rule.Facts)
                    {
                        Run(() => fact(record, facility, emission, exceedance, p));
                    }
                }
            }
            catch (EvaluationBudgetExceededException e)
            {
                return $"exceeds its evaluation budget on a worst-case record ({Describe(record)}): {e.Message}";
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return null;
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return allocated > MaxAllocatedBytes
            ? $"allocates {allocated >> 20} MB on a worst-case record ({Describe(record)}); the budget is {MaxAllocatedBytes >> 20} MB"
            : null;
    }

    private static void Run(Action evaluate)
    {
        try
        {
            evaluate();
        }
        catch (Exception e) when (e is not (EvaluationBudgetExceededException or OperationCanceledException))
        {
            // The worst-case record is synthetic: a fact may rely on a condition that does not hold on it.
        }
    }

    private static IEnumerable<(Facility?, Emission?, ExceedanceMonth?)> Inputs(RuleScope scope, ComplianceRecord record) => scope switch
    {
        RuleScope.Record => [(null, null, null)],
        RuleScope.Facility => record.Facilities.Select(f => ((Facility?)f, (Emission?)null, (ExceedanceMonth?)null)),
        RuleScope.Exceedance => record.Facilities.Select(f => ((Facility?)f, (Emission?)null, (ExceedanceMonth?)WorstMonth(f))),
        _ => record is EnterpriseRecord enterprise
            ? enterprise.Emissions.Select(e => ((Facility?)enterprise.Facilities.FirstOrDefault(f => f.Id == e.FacilityId), (Emission?)e, (ExceedanceMonth?)null))
            : [],
    };

    // A month in which every hour exceeded: the most facts the monitoring store can supply for one facility.
    private static ExceedanceMonth WorstMonth(Facility facility) => new()
    {
        FacilityId = facility.Id ?? "worst-case",
        Pollutant = "NOx",
        Month = new DateOnly(2025, 1, 1),
        ExceedingHours = 31 * 24,
        ExceedingDays = 31,
        MaxConcentrationMgM3 = 1000,
        LimitMgM3 = 50,
        Regime = "standard",
        Readings = [.. Enumerable.Range(0, 31 * 24).Select(h => new ExceedanceReading(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).AddHours(h), 1000, 50))],
    };

    private static string Describe(ComplianceRecord record) =>
        $"{record.Facilities.Count} facilities" + (record is EnterpriseRecord e ? $", {e.Emissions.Count} emissions" : "");
}
