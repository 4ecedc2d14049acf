namespace ComplianceEngine.Rules.Compilation;

/// <summary>
/// An evaluation ran out of its <see cref="EvaluationBudget"/> (time or steps). At load it refuses the rule; in the
/// host it answers 504 with problem details. The message says which limit was hit.
/// </summary>
public sealed class EvaluationBudgetExceededException(string message) : TimeoutException(message);
