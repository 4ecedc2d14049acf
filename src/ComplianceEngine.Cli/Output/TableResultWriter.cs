using ComplianceEngine.Core.Evaluation;
using Spectre.Console;

namespace ComplianceEngine.Cli.Output;

/// <summary>A table a person reads: one row per record with its outcome and what fired.</summary>
internal static class TableResultWriter
{
    public static void Write(IReadOnlyList<EvaluationResult> results, TextWriter writer)
    {
        var table = new Table().AddColumns("record 记录", "kind", "outcome 结论", "findings 发现 / errors 错误");
        foreach (var r in results)
        {
            var detail = r.Outcome == Outcome.Invalid
                ? string.Join("\n", r.Errors.Select(e => $"{e.Path}: {e.Reason}"))
                : string.Join("\n", r.Findings.Select(f => $"{f.RuleId}{(f.FacilityId is null ? "" : "@" + f.FacilityId)} {f.Message.Zh}"));
            table.AddRow(Markup.Escape(r.RecordId), r.Kind, OutcomeLabel.Of(r).ToString(), Markup.Escape(detail));
        }

        ResultWriters.ConsoleFor(writer).Write(table);
    }
}
