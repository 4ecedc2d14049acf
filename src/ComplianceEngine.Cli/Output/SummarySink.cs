using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Output;

/// <summary>The <c>summary</c> format (running counts) and the <c>table</c> format (rows a person reads, held until the end, then the summary).</summary>
internal sealed class SummarySink(TextWriter writer, RuleSet ruleSet, DateOnly asOf, bool table) : IResultSink
{
    private readonly SummaryWriter _summary = new();
    private readonly List<EvaluationResult>? _rows = table ? [] : null;

    public void Write(EvaluationResult result)
    {
        _summary.Add(result);
        _rows?.Add(result);
    }

    public void Complete()
    {
        if (_rows is not null)
        {
            TableResultWriter.Write(_rows, writer);
        }

        _summary.Write(ruleSet, asOf, writer);
        writer.Flush();
    }

    public void Dispose()
    {
        if (writer != Console.Out)
        {
            writer.Dispose();
        }
    }
}
