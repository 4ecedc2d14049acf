using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using Spectre.Console;

namespace ComplianceEngine.Cli.Commands;

/// <summary>Evaluates parsed records in input order: valid ones through the catalog, invalid ones as results with their errors.</summary>
internal static class Screening
{
    private const int Chunk = 20_000;

    public static EvaluationResult[] Evaluate(RuleSet ruleSet, IReadOnlyList<ParsedRecord> parsed, DateOnly asOf)
    {
        var results = new EvaluationResult[parsed.Count];
        var valid = new List<(int Index, ComplianceRecord Record)>(parsed.Count);
        for (var i = 0; i < parsed.Count; i++)
        {
            if (parsed[i] is { IsValid: true, Record: { } record })
            {
                valid.Add((i, record));
            }
            else
            {
                results[i] = ruleSet.Invalid(parsed[i].Id, parsed[i].Kind, parsed[i].Errors, asOf);
            }
        }

        // A progress bar only where a person watches (stderr is a terminal) and the batch is large enough to wait for.
        if (Console.IsErrorRedirected || valid.Count < Chunk)
        {
            EvaluateRange(ruleSet, valid, 0, valid.Count, asOf, results);
            return results;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("screening", maxValue: valid.Count);
            for (var start = 0; start < valid.Count; start += Chunk)
            {
                var count = Math.Min(Chunk, valid.Count - start);
                EvaluateRange(ruleSet, valid, start, count, asOf, results);
                task.Increment(count);
            }
        });
        return results;
    }

    private static void EvaluateRange(RuleSet ruleSet, List<(int Index, ComplianceRecord Record)> valid, int start, int count, DateOnly asOf, EvaluationResult[] results)
    {
        var slice = valid.GetRange(start, count);
        var evaluated = ruleSet.EvaluateAll(slice.Select(v => v.Record).ToArray(), asOf);
        for (var i = 0; i < count; i++)
        {
            results[slice[i].Index] = evaluated[i];
        }
    }
}
