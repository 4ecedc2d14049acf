namespace ComplianceEngine.Data.Paging;

/// <summary>The rows of one page and how many rows the whole list has.</summary>
public sealed record PagedRows<T>(IReadOnlyList<T> Rows, long Total);
