namespace ComplianceEngine.Host.Catalog;

/// <summary>Limits on rule evaluation and catalog reloads (configuration section <c>Evaluation</c>).</summary>
public sealed record EvaluationOptions
{
    public const string Section = "Evaluation";

    /// <summary>Longest one request may spend evaluating rules, in seconds, before it is answered 504.</summary>
    public double RequestTimeoutSeconds { get; init; } = 30;

    /// <summary>Longest a catalog reload's validation may take, in seconds, before it is given up and the old catalog kept.</summary>
    public double ReloadTimeoutSeconds { get; init; } = 120;
}
