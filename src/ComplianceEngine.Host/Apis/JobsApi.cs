using ComplianceEngine.Data.Audit;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Apis;

/// <summary>
/// <c>POST /api/v1/jobs/nightly-sweep</c> (admins): queues a sweep now instead of waiting for its schedule.
/// <c>GET /api/v1/jobs/set-aside</c> (admins): the records jobs set aside because they failed, latest first.
/// </summary>
public static class JobsApi
{
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/jobs/nightly-sweep", TriggerSweep)
            .RequireAuthorization(Policies.Administer)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("TriggerNightlySweep")
            .WithSummary("Queue the nightly sweep now, as of a date (default today in Asia/Shanghai); any instance with jobs enabled runs it");
        routes.MapGet("/api/v1/jobs/set-aside", ListSetAside)
            .RequireAuthorization(Policies.Administer)
            .ProducesValidationProblem()
            .WithName("ListSetAsideRecords")
            .WithSummary("Records a job set aside because their evaluation or notice failed (job, record, as-of date, error, failures), latest first; limit 1..1000, default 100");
        return routes;
    }

    private static async Task<IResult> ListSetAside(string? limit, SetAsideRecords store, CancellationToken ct)
    {
        var count = 100;
        if (limit is not null && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count) || count is < 1 or > 1000))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"'{limit}' is not a whole number from 1 to 1000"] });
        }

        return Results.Ok(await store.LatestAsync(count, ct));
    }

    private static IResult TriggerSweep(string? asOf, IOptions<JobOptions> options, TimeProvider clock, HttpContext http)
    {
        if (!AsOfDate.TryParse(asOf, clock, out var date))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["asOf"] = [AsOfDate.Invalid(asOf)] });
        }

        if (!options.Value.Enabled)
        {
            return Results.Problem(title: "Jobs are disabled", detail: "this instance runs with Jobs:Enabled=false and has no job queue",
                statusCode: StatusCodes.Status409Conflict);
        }

        // The date is fixed now, not when a worker gets to the job. The fan-out is queued like the scheduled one, so the
        // request returns at once and a crash while queueing the batches is retried like any job.
        var day = AsOfDate.Text(date);
        var jobs = http.RequestServices.GetRequiredService<IBackgroundJobClient>();
        var jobId = jobs.Enqueue<NightlySweep>(s => s.FanOutAsync(day, CancellationToken.None));
        return Results.Accepted($"/hangfire/jobs/details/{jobId}", new { jobId, asOf = day });
    }
}
