using ComplianceEngine.Analytics.Charts;
using ComplianceEngine.Analytics.Indicators;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Screening;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceEngine.Host.Apis;

/// <summary>
/// <c>GET /api/v1/indicators</c>: progress toward the plans' targets per city and sector, from the register screened
/// as of a date (<c>asOf</c>) or a series (<c>from</c>, <c>to</c>, <c>every</c> year|quarter|month);
/// <c>GET /api/v1/indicators/{id}/chart</c>: the same as an image (<c>format</c> svg or png), a trend per city over a
/// series or bars per city on one date. Register-wide figures: officers, enforcement teams and admins.
/// </summary>
public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/indicators", ReportAsync)
            .RequireAuthorization(Policies.ReadProjects)
            .WithPipelineProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithTags("Indicators")
            .WithName("Indicators")
            .WithSummary("Indicators per city and sector as of a date or over a series of dates, each with its cited target, computed from the register's screening");
        routes.MapGet("/api/v1/indicators/{id}/chart", ChartAsync)
            .RequireAuthorization(Policies.ReadProjects)
            .WithPipelineProblems()
            .Produces<Stream>(StatusCodes.Status200OK, "image/svg+xml", "image/png")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithTags("Indicators")
            .WithName("IndicatorChart")
            .WithSummary("One indicator's chart for the eleven cities: a trend over a series (from, to, every) or bars on one date (asOf); format svg (default) or png");
        return routes;
    }

    private static async Task<Results<Ok<IndicatorReport>, ValidationProblem, NotFoundProblem, ProblemHttpResult>> ReportAsync(
        string? asOf, string? from, string? to, string? every, string? indicator, string? city, RuleSetHolder catalog, IRecordSource register,
        IExceedanceSource monitoring, TimeProvider clock, CancellationToken ct)
    {
        var (query, problem) = Query(asOf, from, to, every, indicator, catalog, clock);
        if (problem is not null)
        {
            return problem switch { ValidationProblem v => v, NotFoundProblem n => n, _ => (ProblemHttpResult)problem };
        }

        var values = await new IndicatorRun(query!.RuleSet, query.Indicators, query.Dates).ComputeAsync(register, new RecordScreening(monitoring, null), ct);
        return TypedResults.Ok(new IndicatorReport(query.RuleSet.Version, query.Dates, query.Indicators,
            [.. values.Where(v => city is null || v.City == city)]));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFoundProblem, ProblemHttpResult>> ChartAsync(
        string id, string? asOf, string? from, string? to, string? every, string? format, RuleSetHolder catalog, IRecordSource register,
        IExceedanceSource monitoring, TimeProvider clock, CancellationToken ct)
    {
        if (format is not (null or "svg" or "png"))
        {
            return ApiProblems.Invalid("format", $"expected svg or png, got '{format}'");
        }

        var (query, problem) = Query(asOf, from, to, every, id, catalog, clock);
        if (problem is not null)
        {
            return problem switch { ValidationProblem v => v, NotFoundProblem n => n, _ => (ProblemHttpResult)problem };
        }

        var values = await new IndicatorRun(query!.RuleSet, query.Indicators, query.Dates).ComputeAsync(register, new RecordScreening(monitoring, null), ct);
        var chart = format == "png" ? ChartFormat.Png : ChartFormat.Svg;
        var image = query.Dates.Count > 1
            ? IndicatorChart.Trend(query.Indicators[0], values, chart)
            : IndicatorChart.ByCity(query.Indicators[0], values, query.Dates[0], chart);
        return TypedResults.File(image, chart == ChartFormat.Png ? "image/png" : "image/svg+xml");
    }

    private static (IndicatorQuery? Query, IResult? Problem) Query(string? asOf, string? from, string? to, string? every, string? indicator,
        RuleSetHolder catalog, TimeProvider clock)
    {
        var ruleSet = catalog.Current;
        var indicators = IndicatorCatalog.Read(catalog.Directory, ruleSet);
        if (indicators.Issues.Count > 0)
        {
            return (null, TypedResults.Problem(title: "Invalid indicators", detail: $"the indicators beside {catalog.Directory} do not check",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["problems"] = indicators.Issues.Select(i => i.ToString()).ToArray() }));
        }

        var chosen = indicator is null ? indicators.Indicators : [.. indicators.Indicators.Where(i => i.Id == indicator)];
        if (chosen.Count == 0)
        {
            return (null, ApiProblems.NotFound("Indicator not found", $"no indicator '{indicator}' (known: {string.Join(", ", indicators.Indicators.Select(i => i.Id))})"));
        }

        if (from is null && to is null)
        {
            return AsOfDate.TryParse(asOf, clock, out var date)
                ? (new IndicatorQuery(ruleSet, chosen, [date]), null)
                : (null, ApiProblems.Invalid("asOf", AsOfDate.Invalid(asOf)));
        }

        if (asOf is not null || !AsOfDate.TryParse(from, clock, out var start) || !AsOfDate.TryParse(to, clock, out var end) || from is null || to is null)
        {
            return (null, ApiProblems.Invalid("from", "give asOf, or from and to (yyyy-MM-dd) for a series"));
        }

        try
        {
            return (new IndicatorQuery(ruleSet, chosen, IndicatorRun.Series(start, end, every ?? "quarter")), null);
        }
        catch (ArgumentException e)
        {
            return (null, ApiProblems.Invalid("every", e.Message));
        }
    }

    private sealed record IndicatorQuery(ComplianceEngine.Rules.RuleSet RuleSet, IReadOnlyList<IndicatorDefinition> Indicators, IReadOnlyList<DateOnly> Dates);
}
