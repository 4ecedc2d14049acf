using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening;
using Spectre.Console;

namespace ComplianceEngine.Cli.Commands;

/// <summary>Screens parsed records in input order through the screening room (no store), with a progress bar where someone watches.</summary>
internal static class Screening
{
    private const int Chunk = 20_000;

    public static EvaluationResult[] Evaluate(RuleSet ruleSet, IReadOnlyList<ParsedRecord> parsed, DateOnly asOf)
    {
        // A progress bar only where a person watches (stderr is a terminal) and the batch is large enough to wait for.
        if (Console.IsErrorRedirected || parsed.Count < Chunk)
        {
            return RecordScreening.EvaluateBatch(ruleSet, parsed, asOf);
        }

        var results = new EvaluationResult[parsed.Count];
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("screening", maxValue: parsed.Count);
            for (var start = 0; start < parsed.Count; start += Chunk)
            {
                var count = Math.Min(Chunk, parsed.Count - start);
                RecordScreening.EvaluateBatch(ruleSet, [.. parsed.Skip(start).Take(count)], asOf).CopyTo(results, start);
                task.Increment(count);
            }
        });
        return results;
    }
}
