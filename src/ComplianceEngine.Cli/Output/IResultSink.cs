using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Cli.Output;

/// <summary>Where screening results go, one at a time in input order; <see cref="Complete"/> writes what closes the output.</summary>
internal interface IResultSink : IDisposable
{
    void Write(EvaluationResult result);

    void Complete();
}
