using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Compilation;
using ComplianceEngine.Rules.Evaluation;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules;

/// <summary>A loaded, validated and compiled catalog under one version. Thread-safe.</summary>
public sealed class RuleSet
{
    private readonly RuleEvaluator _evaluator;

    internal RuleSet(RuleSetSnapshot snapshot, string version, IReadOnlyList<CompiledRule> rules, ParameterCatalog parameters,
        IReadOnlyDictionary<string, SourceDocument> sources, RulesEngine.RulesEngine engine)
    {
        Snapshot = snapshot;
        Version = version;
        Rules = rules;
        Parameters = parameters;
        Sources = sources;
        Engine = engine;
        _evaluator = new RuleEvaluator(rules, parameters, version);
    }

    /// <summary>The bytes this rule set was loaded from: what the audit trail stores under <see cref="Version"/>.</summary>
    public RuleSetSnapshot Snapshot { get; }

    /// <summary>Where the catalog was read from (a folder, or the audit trail for a replayed version).</summary>
    public string Directory => Snapshot.Origin;
    public string Version { get; }
    public IReadOnlyList<CompiledRule> Rules { get; }
    public ParameterCatalog Parameters { get; }
    public IReadOnlyDictionary<string, SourceDocument> Sources { get; }

    /// <summary>The same workflows in Microsoft RulesEngine itself: the reference the compiled path is measured against.</summary>
    public RulesEngine.RulesEngine Engine { get; }

    public EvaluationResult Evaluate(ComplianceRecord record, DateOnly asOf) => _evaluator.Evaluate(record, asOf, []);

    /// <summary>
    /// Evaluates with the record's hourly monitoring facts: rules of the <c>exceedance</c> scope run once per month of
    /// <paramref name="exceedances"/>; their findings are sorted with the others and count for the outcome.
    /// </summary>
    public EvaluationResult Evaluate(ComplianceRecord record, DateOnly asOf, IReadOnlyList<ExceedanceMonth> exceedances) =>
        _evaluator.Evaluate(record, asOf, exceedances);

    /// <summary>Evaluates on all cores; results keep the input order.</summary>
    public EvaluationResult[] EvaluateAll(IReadOnlyList<ComplianceRecord> records, DateOnly asOf)
    {
        var results = new EvaluationResult[records.Count];
        if (results.Length == 0)
        {
            // Partitioner.Create refuses an empty range: an empty or all-invalid batch is still a batch.
            return results;
        }

        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, records.Count, 2048), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                results[i] = _evaluator.Evaluate(records[i], asOf, []);
            }
        });
        return results;
    }

    /// <summary>The same catalog restricted to some rules: for measuring a few rules alone.</summary>
    public RuleSet Only(IReadOnlyCollection<string> ruleIds) =>
        new(Snapshot, Version, Rules.Where(r => ruleIds.Contains(r.Definition.Id)).ToArray(), Parameters, Sources, Engine);

    /// <summary>The result for a record that broke the contract: every problem, no findings.</summary>
    public EvaluationResult Invalid(string? recordId, string? kind, IReadOnlyList<RecordError> errors, DateOnly asOf) => new()
    {
        RecordId = recordId ?? "",
        Kind = kind ?? "",
        Outcome = Outcome.Invalid,
        Errors = errors,
        RuleSetVersion = Version,
        AsOf = asOf,
    };
}
