using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Paging;

/// <summary>
/// Reads one page of a list: a count statement counts the whole list and a page statement returns
/// the page; both take the caller's parameters plus <c>@Offset</c> and <c>@Limit</c> (added here).
/// </summary>
internal static class PagedQuery
{
    public static async Task<PagedRows<T>> ReadAsync<T>(NpgsqlDataSource dataSource, string countSql, string pageSql,
        Dictionary<string, object> parameters, PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        var args = new DynamicParameters(parameters);
        args.Add("Offset", page.Offset);
        args.Add("Limit", page.PageSize);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(countSql, args, cancellationToken: ct));
        var rows = await connection.QueryAsync<T>(new CommandDefinition(pageSql, args, cancellationToken: ct));
        return new PagedRows<T>([.. rows], total);
    }
}
