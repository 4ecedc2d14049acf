namespace ComplianceEngine.Host.Risk;

/// <summary>The <c>Risk</c> configuration section: the trained model the risk list and the weekly job use.</summary>
public sealed class RiskOptions
{
    public const string Section = "Risk";

    /// <summary>A model written by <c>risk train</c> (<c>NAME.zip</c> with its <c>NAME.json</c>); unset: no risk list is served.</summary>
    public string? ModelPath { get; set; }

    /// <summary>Share of a list's places given to enterprises drawn at random from outside the top (unbiased labels).</summary>
    public double ExploreShare { get; set; } = 0.10;
}
