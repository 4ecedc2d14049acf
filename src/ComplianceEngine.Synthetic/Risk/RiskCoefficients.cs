namespace ComplianceEngine.Synthetic.Risk;

/// <summary>
/// The stated generative model of the synthetic inspection data (docs/risk-model.md). The true probability that an
/// inspection in year y finds a violation is
/// <c>p = σ(Intercept + OpenItems·O + Polluter·E + NoPermit·N + PastViolations·min(V, 4) + sector risk + Complaints·C + ε)</c>,
/// ε ~ N(0, NoiseSd²), from the enterprise's state on 1 January of y. Inspections are biased towards enterprises that
/// look risky to an inspector (penalties, no permit, complaints, key management) plus a random floor.
/// </summary>
public static class RiskCoefficients
{
    public const double Intercept = -3.4;

    /// <summary>Per open item: a facility whose ultra-low retrofit is unfinished, a bypass still in place, an untreated tank or line.</summary>
    public const double OpenItems = 0.7;

    /// <summary>The enterprise is a polluter this year (its monitored emissions spike well above the typical level).</summary>
    public const double Polluter = 2.4;

    /// <summary>No emission permit, or the permit has lapsed.</summary>
    public const double NoPermit = 2.0;

    /// <summary>Per administrative penalty in the last three years, counted up to four.</summary>
    public const double PastViolations = 0.6;

    public const double Complaints = 0.15;

    public const double NoiseSd = 0.3;

    /// <summary>Extra log-odds for the sector: two-high sectors and heavy-metal trades are riskier.</summary>
    public static double SectorRisk(string industryCode) => industryCode switch
    {
        "3120" or "2521" or "4411" or "3011" or "3211" or "2511" or "2614" or "2631" => 0.9,
        "3843" or "3360" => 0.7,
        "3071" or "3031" or "3041" => 0.4,
        _ => 0.0,
    };

    /// <summary>Chance of an inspection in a year: a 10% random floor plus up to 50% by how risky the enterprise looks to an inspector.</summary>
    public static double InspectionChance(int violations3y, bool noPermit, int complaints12m, bool keyClass) =>
        0.10 + (0.5 * Sigmoid(-2.2 + (0.6 * violations3y) + (noPermit ? 1.0 : 0.0) + (0.3 * complaints12m) + (keyClass ? 0.5 : 0.0)));

    public static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
}
