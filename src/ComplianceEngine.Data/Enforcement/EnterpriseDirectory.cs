using ComplianceEngine.Data.Paging;
using Npgsql;

namespace ComplianceEngine.Data.Enforcement;

/// <summary>An enterprise as the enforcement team finds it in the register: id, name, credit code, city, county, permit class.</summary>
public sealed record EnterpriseListing(string Id, string Name, string? CreditCode, string City, string? County, string? PermitManagementClass);

/// <summary>
/// The register searched by the enforcement team: enterprises whose id, name or credit code contains the text (any
/// case), optionally of one city, ordered by city, county and id, a page at a time.
/// </summary>
public sealed class EnterpriseDirectory(NpgsqlDataSource dataSource)
{
    private const string Where = """
        WHERE (@Text = '' OR strpos(lower(id), lower(@Text)) > 0 OR strpos(lower(name), lower(@Text)) > 0
               OR strpos(lower(coalesce(credit_code, '')), lower(@Text)) > 0)
          AND (@City = '' OR city = @City)
        """;

    private const string CountSql = $"SELECT count(*) FROM enterprises {Where}";

    private const string PageSql = $"""
        SELECT id AS Id, name AS Name, credit_code AS CreditCode, city AS City, county AS County,
               permit_management_class AS PermitManagementClass
        FROM enterprises {Where}
        ORDER BY city, county NULLS LAST, id OFFSET @Offset LIMIT @Limit
        """;

    /// <param name="text">Part of an id, name or credit code; null or empty for all.</param>
    /// <param name="city">One of the contract's cities; null for all.</param>
    public Task<PagedRows<EnterpriseListing>> SearchAsync(string? text, string? city, PageRequest page, CancellationToken ct = default) =>
        PagedQuery.ReadAsync<EnterpriseListing>(dataSource, CountSql, PageSql,
            new() { ["Text"] = text?.Trim() ?? "", ["City"] = city ?? "" }, page, ct);
}
