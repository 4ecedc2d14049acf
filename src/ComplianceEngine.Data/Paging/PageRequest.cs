namespace ComplianceEngine.Data.Paging;

/// <summary>
/// One page of a list: <see cref="Page"/> counts from 1, <see cref="PageSize"/> rows per page (1 to
/// <see cref="MaxPageSize"/>). Callers validate the numbers; the constructor only refuses what no list can serve.
/// </summary>
public sealed record PageRequest
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public PageRequest(int page = 1, int pageSize = DefaultPageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        Page = page;
        PageSize = pageSize;
    }

    public int Page { get; }

    public int PageSize { get; }

    /// <summary>Rows skipped before this page; long because page × size may pass <see cref="int.MaxValue"/>.</summary>
    public long Offset => (long)(Page - 1) * PageSize;

    /// <summary>This page of rows already in memory.</summary>
    public IEnumerable<T> Slice<T>(IEnumerable<T> rows) => rows.Skip((int)Math.Min(Offset, int.MaxValue)).Take(PageSize);

    public static PageRequest All { get; } = new(1, MaxPageSize);
}
