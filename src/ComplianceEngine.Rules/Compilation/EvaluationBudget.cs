using System.Diagnostics;

namespace ComplianceEngine.Rules.Compilation;

/// <summary>
/// The time, work and cancellation limits of the evaluations running in the current async flow. Compiled rules call
/// <see cref="Step"/> in every lambda they pass to a collection operator and before every rule, so an evaluation
/// that runs too long stops with <see cref="EvaluationBudgetExceededException"/> (or
/// <see cref="OperationCanceledException"/> when its token is cancelled) instead of spinning. Without a scope nothing
/// is limited.
/// </summary>
public sealed class EvaluationBudget
{
    private static readonly AsyncLocal<EvaluationBudget?> Ambient = new();

    // Reading the clock costs more than the step: do it every few steps only.
    private const int ClockEvery = 64;

    private readonly long _deadline;
    private readonly TimeSpan _timeout;
    private readonly long _maxSteps;
    private readonly CancellationToken _cancellation;
    private long _steps;

    private EvaluationBudget(TimeSpan? timeout, long maxSteps, CancellationToken cancellation)
    {
        _timeout = timeout ?? Timeout.InfiniteTimeSpan;
        _deadline = timeout is { } t ? Stopwatch.GetTimestamp() + (long)(t.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        _maxSteps = maxSteps;
        _cancellation = cancellation;
    }

    /// <summary>Lambda calls and rule evaluations counted so far in this scope (approximate when records run in parallel).</summary>
    public long Steps => Volatile.Read(ref _steps);

    /// <summary>The budget in force in this async flow, or null.</summary>
    public static EvaluationBudget? Current => Ambient.Value;

    /// <summary>
    /// Limits the evaluations in this async flow until the returned scope is disposed.
    /// </summary>
    /// <param name="timeout">Wall-clock time from now; null for none.</param>
    /// <param name="cancellation">Stops the evaluation with <see cref="OperationCanceledException"/>.</param>
    /// <param name="maxSteps">Lambda calls and rule evaluations allowed (deterministic, unlike time).</param>
    public static Scope Start(TimeSpan? timeout, CancellationToken cancellation, long maxSteps = long.MaxValue)
    {
        var previous = Ambient.Value;
        var budget = new EvaluationBudget(timeout, maxSteps, cancellation);
        Ambient.Value = budget;
        return new Scope(budget, previous);
    }

    /// <summary>Counts one step of the current evaluation and stops it when its budget is spent. Called by compiled rules.</summary>
    public static void Step()
    {
        if (Ambient.Value is { } budget)
        {
            budget.Count();
        }
    }

    /// <summary>Counts one step on this budget: for a caller that read <see cref="Current"/> once for a whole record.</summary>
    internal void Count()
    {
        var steps = ++_steps;
        if (steps > _maxSteps)
        {
            throw new EvaluationBudgetExceededException($"the evaluation took more than {_maxSteps:N0} steps");
        }

        if (steps % ClockEvery == 0)
        {
            ThrowIfSpent();
        }
    }

    /// <summary>Throws when the scope is cancelled or past its deadline.</summary>
    public void ThrowIfSpent()
    {
        _cancellation.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new EvaluationBudgetExceededException($"the evaluation ran longer than {_timeout.TotalSeconds:0.###} s");
        }
    }

    /// <summary>Restores the budget that was in force before <see cref="Start"/>.</summary>
    public readonly struct Scope(EvaluationBudget budget, EvaluationBudget? previous) : IDisposable
    {
        public EvaluationBudget Budget => budget;

        public void Dispose() => Ambient.Value = previous;
    }
}
