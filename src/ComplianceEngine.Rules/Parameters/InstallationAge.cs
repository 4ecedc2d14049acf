namespace ComplianceEngine.Rules.Parameters;

/// <summary>
/// Limits of standards with tables by installation age (GB 13271-2014 表1 在用 / 表2 新建; GB 13223-2011 现有 / 新建)
/// when a facility's <c>commissionedOn</c> is unknown. A value above the limit of every table the installation could
/// fall under exceeds the standard whatever its age; between the strictest and that limit the date decides (ADR 0008).
/// </summary>
public static class InstallationAge
{
    /// <summary>
    /// The limit (mg/m³) an installation of unknown age exceeds whatever its age, on <paramref name="day"/>: over each
    /// age class an installation running that day could have, the strictest limit in force for it, and the loosest of
    /// those. Null when some age class has no limit in force that day (nothing can be decided without the date), or
    /// when there are no limits.
    /// </summary>
    /// <param name="inForce">Limits of one regime, facility type, fuel and pollutant, in force on <paramref name="day"/>.</param>
    public static EmissionLimit? WhateverAge(IReadOnlyCollection<EmissionLimit> inForce, DateOnly day)
    {
        if (inForce.Count == 0)
        {
            return null;
        }

        // One commissioning date per age class: the earliest date, and each table boundary up to the day judged.
        var classes = inForce.SelectMany(l => new[] { l.CommissionedFrom, l.CommissionedBefore })
            .OfType<DateOnly>().Where(d => d <= day).Append(DateOnly.MinValue).Distinct();
        EmissionLimit? loosest = null;
        foreach (var commissioned in classes)
        {
            var strictest = inForce.Where(l => l.CoversInstallation(commissioned)).MinBy(l => l.ValueMgM3);
            if (strictest is null)
            {
                return null;
            }

            if (loosest is null || strictest.ValueMgM3 > loosest.ValueMgM3)
            {
                loosest = strictest;
            }
        }

        return loosest;
    }
}
