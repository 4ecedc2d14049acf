using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Sweeps;
using ComplianceEngine.Host.Apis.Models;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Jobs;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Apis;

/// <summary>
/// <c>POST /api/v1/jobs/nightly-sweep</c> (admins): queues a sweep now instead of waiting for its schedule; 409 when a
/// sweep of that date under the current rule set is queued or done already.
/// <c>GET /api/v1/jobs/set-aside</c> (admins): the records jobs set aside because they failed, latest first.
/// </summary>
public static class JobsApi
{
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/jobs/nightly-sweep", TriggerSweep)
            .RequireAuthorization(Policies.Administer)
            .WithPipelineProblems()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithTags("Jobs")
            .WithName("TriggerNightlySweep")
            .WithSummary("Queue the nightly sweep now, as of a date (default today in Asia/Shanghai); any instance with jobs enabled runs it");
        routes.MapGet("/api/v1/jobs/set-aside", ListSetAside)
            .RequireAuthorization(Policies.Administer)
            .WithPipelineProblems()
            .WithTags("Jobs")
            .WithName("ListSetAsideRecords")
            .WithSummary("Records a job set aside because their evaluation or notice failed (job, record, as-of date, error, failures), latest failure first, a page at a time");
        return routes;
    }

    private static async Task<Results<Ok<SetAsidePage>, ValidationProblem>> ListSetAside(string? page, string? pageSize, SetAsideRecords store, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = QueryParameters.Paging(page, pageSize, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var rows = await store.LatestAsync(paging, ct);
        return TypedResults.Ok(new SetAsidePage(rows.Rows, paging.Page, paging.PageSize, rows.Total));
    }

    private static async Task<Results<Accepted<SweepQueued>, ValidationProblem, ProblemHttpResult>> TriggerSweep(string? asOf, IOptions<JobOptions> options, TimeProvider clock,
        SweepRuns runs, RuleSetHolder catalog, HttpContext http, CancellationToken ct)
    {
        if (!AsOfDate.TryParse(asOf, clock, out var date))
        {
            return ApiProblems.Invalid("asOf", AsOfDate.Invalid(asOf));
        }

        if (!options.Value.Enabled)
        {
            return TypedResults.Problem(title: "Jobs are disabled", detail: "this instance runs with Jobs:Enabled=false and has no job queue",
                statusCode: StatusCodes.Status409Conflict);
        }

        // Checked here so the caller hears it; the fan-out's own claim still refuses a second one queued meanwhile.
        if (await runs.ExistsAsync(date, catalog.Current.Version, ct))
        {
            return TypedResults.Problem(title: "Sweep already queued",
                detail: $"a sweep as of {AsOfDate.Text(date)} under rule set {catalog.Current.Version} is queued or done already; 该日期的巡查已排队或已完成",
                statusCode: StatusCodes.Status409Conflict);
        }

        // The date is fixed now, not when a worker gets to the job. The fan-out is queued like the scheduled one, so the
        // request returns at once and a crash while queueing the batches is retried like any job.
        var day = AsOfDate.Text(date);
        var jobs = http.RequestServices.GetRequiredService<IBackgroundJobClient>();
        var jobId = jobs.Enqueue<NightlySweep>(s => s.FanOutAsync(day, CancellationToken.None));
        return TypedResults.Accepted($"/hangfire/jobs/details/{jobId}", new SweepQueued(jobId, day));
    }
}
