using ComplianceEngine.Screening.Monitoring;

namespace ComplianceEngine.Screening;

/// <summary>
/// Whoever holds hourly monitoring readings (the PostgreSQL store): the readings of an enterprise above the given
/// limits between two instants, totalled per China local day and month. Facts only; the catalog decides findings.
/// </summary>
public interface IExceedanceSource
{
    /// <param name="windows">Which limit applies to which facility's pollutant when (<see cref="LimitWindows.For"/>).</param>
    /// <param name="from">Inclusive start.</param>
    /// <param name="to">Exclusive end.</param>
    Task<ExceedanceReport> FindAsync(string enterpriseId, IReadOnlyList<LimitWindow> windows, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default);

    /// <summary>
    /// Which of <paramref name="enterpriseIds"/> have any reading between the two instants (from inclusive, to
    /// exclusive): one question for a whole batch, so the others' facts need not be looked for one by one.
    /// </summary>
    Task<IReadOnlySet<string>> MonitoredAsync(IReadOnlyCollection<string> enterpriseIds, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default);
}
