namespace ComplianceEngine.Screening.Monitoring;

/// <summary>An enterprise's exceedances over a window: the hours that caused them, and their totals per local day and month.</summary>
public sealed record ExceedanceReport(
    string EnterpriseId,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<ExceedanceHour> Hours,
    IReadOnlyList<ExceedancePeriod> Days,
    IReadOnlyList<ExceedancePeriod> Months);
