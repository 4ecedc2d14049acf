using ComplianceEngine.Data.Audit;

namespace ComplianceEngine.Host.Apis.Models;

/// <summary>One page of the records jobs set aside (latest failure first), with the page asked for and the total.</summary>
public sealed record SetAsidePage(IReadOnlyList<SetAsideRecord> Records, int Page, int PageSize, long Total);
