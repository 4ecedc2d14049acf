using ComplianceEngine.Analytics.Versions;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Host.Apis.Models;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Rules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceEngine.Host.Apis;

/// <summary>
/// <c>GET /api/v1/rules/versions</c>: the rule-set versions stored in the audit trail (every one that decided
/// something) with their changelog entries; <c>GET /api/v1/rules/diff?from=&amp;to=</c>: the structural diff of two.
/// </summary>
public static class RuleVersionsApi
{
    public static IEndpointRouteBuilder MapRuleVersionsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/rules/versions", ListAsync)
            .RequireAuthorization(Policies.ReadRules)
            .WithPipelineProblems()
            .WithTags("Rules")
            .WithName("ListRuleVersions")
            .WithSummary("Rule-set versions stored in the audit trail, newest first, each with its rules/CHANGELOG.md entry (page from 1, pageSize 1 to 500)");
        routes.MapGet("/api/v1/rules/diff", DiffAsync)
            .RequireAuthorization(Policies.ReadRules)
            .WithPipelineProblems()
            .WithTags("Rules")
            .WithName("DiffRuleVersions")
            .WithSummary("Rules, parameters and emission limits added, removed or changed between two versions (from: a stored hash; to: a stored hash, default the served one)");
        return routes;
    }

    private static async Task<Results<Ok<RuleVersionsPage>, ValidationProblem>> ListAsync(string? page, string? pageSize, RuleSetHolder catalog,
        RuleSetStore versions, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = QueryParameters.Paging(page, pageSize, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var served = catalog.Current.Version;
        var changelog = Changelog.Read(catalog.Directory);
        var rows = await versions.ListAsync(paging, ct);
        var items = rows.Rows.Select(v => new RuleVersionView(v.Hash, new DateTimeOffset(DateTime.SpecifyKind(v.StoredAt, DateTimeKind.Utc)), v.Hash == served, changelog.For(v.Hash)));
        return TypedResults.Ok(new RuleVersionsPage(served, [.. items], paging.Page, paging.PageSize, rows.Total));
    }

    private static async Task<Results<Ok<VersionDiff>, ValidationProblem, NotFoundProblem>> DiffAsync(string? from, string? to, RuleSetHolder catalog,
        RuleSetStore versions, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(from))
        {
            return ApiProblems.Invalid("from", "give the older version's hash (sha256:…; GET /api/v1/rules/versions lists them)");
        }

        var current = catalog.Current;
        var (older, olderName) = (await SnapshotAsync(from, current, versions, ct), from);
        var (newer, newerName) = (await SnapshotAsync(to ?? current.Version, current, versions, ct), to ?? current.Version);
        if (older is null || newer is null)
        {
            var missing = older is null ? olderName : newerName;
            return ApiProblems.NotFound("Rule-set version not found", $"version {missing} is not stored in the audit trail");
        }

        return TypedResults.Ok(RuleSetDiff.Compare(older, newer));
    }

    /// <summary>The served catalog's own bytes, or a stored version's; null when neither.</summary>
    public static async Task<RuleSetSnapshot?> SnapshotAsync(string version, RuleSet current, RuleSetStore versions, CancellationToken ct) =>
        version == current.Version ? current.Snapshot : await versions.LoadAsync(version, ct);
}
