using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Benchmarks.FiveRules;

/// <summary>Checks, record by record and finding by finding, that a peer finds what the engine finds; a benchmark's setup fails otherwise.</summary>
internal static class FindingParity
{
    /// <summary>Throws naming the peer, how many findings differ and the first ten differences.</summary>
    public static void Require(string peer, IReadOnlyList<EnterpriseRecord> records, Func<EnterpriseRecord, IReadOnlyList<Finding>> expected,
        Func<EnterpriseRecord, IReadOnlyList<Finding>> actual)
    {
        var differences = new List<string>();
        var count = 0;
        foreach (var r in records)
        {
            var extra = actual(r).Select(f => FindingKey.Of(r.Id, f)).ToList();
            foreach (var key in expected(r).Select(f => FindingKey.Of(r.Id, f)))
            {
                count++;
                if (!extra.Remove(key))
                {
                    differences.Add($"only the engine: {key}");
                }
            }

            differences.AddRange(extra.Select(k => $"only {peer}: {k}"));
        }

        if (differences.Count > 0)
        {
            throw new InvalidOperationException($"{peer} and the engine disagree on {differences.Count} findings (the engine has {count}); first ones:\n  "
                + string.Join("\n  ", differences.Take(10)));
        }

        if (count == 0)
        {
            throw new InvalidOperationException($"no finding at all on {records.Count} records: the parity check would prove nothing");
        }
    }
}
