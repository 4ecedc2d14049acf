using System.CommandLine;
using System.Text.Json;
using ComplianceEngine.Analytics.Versions;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>rules diff --baseline DIR|HASH --candidate DIR|HASH [--format text|json]</c>: rules and parameters added, removed and changed.</summary>
internal static class RulesDiffCommand
{
    public static Command Create()
    {
        var baseline = new Option<string>("--baseline") { Description = "The older version: a rules folder or a stored version hash (sha256:…)", Required = true };
        var candidate = new Option<string>("--candidate") { Description = "The newer version: a rules folder or a stored version hash", Required = true };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", "Structural diff of two catalog versions: rules, parameters and emission limits added, removed or changed")
        {
            baseline, candidate, format,
        };
        command.SetAction((r, ct) => RunAsync(r.GetRequiredValue(baseline), r.GetRequiredValue(candidate), r.GetValue(format)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(string baseline, string candidate, string format, CancellationToken ct)
    {
        var (from, fromCode) = await CatalogVersionSource.ReadAsync("--baseline", baseline, ct);
        if (from is null)
        {
            return fromCode;
        }

        var (to, toCode) = await CatalogVersionSource.ReadAsync("--candidate", candidate, ct);
        if (to is null)
        {
            return toCode;
        }

        var diff = RuleSetDiff.Compare(from, to);
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(diff, ResultJson.Indented));
            return 0;
        }

        Console.WriteLine($"{diff.From} → {diff.To}");
        foreach (var (title, items) in new[] { ("rules", diff.Rules), ("parameters", diff.Parameters), ("emission limits", diff.Limits) })
        {
            Console.WriteLine($"{title}: {items.Count} changed");
            foreach (var item in items)
            {
                Console.WriteLine($"  {item.Change,-8} {item.Id} ({item.File})");
                foreach (var field in item.Fields)
                {
                    Console.WriteLine($"           {field.Path}: {field.Old ?? "(none)"} → {field.New ?? "(none)"}");
                }
            }
        }

        return 0;
    }
}
