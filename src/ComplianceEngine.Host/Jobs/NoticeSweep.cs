using ComplianceEngine.Data.Records;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Notices;
using Hangfire;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// A scheduled notice run over the register (supervision letters, permit renewal reminders, correction decisions):
/// splits the enterprise ids into batches and queues one <see cref="NoticeBatch"/> per batch, like the nightly sweep.
/// </summary>
public sealed class NoticeSweep(Register register, IBackgroundJobClient jobs, IOptions<JobOptions> options, TimeProvider clock, ILogger<NoticeSweep> logger)
{
    public const string RectificationJobId = "rectification-notices";
    public const string DeadlineRemindersJobId = "deadline-reminders";
    public const string PermitRemindersJobId = "permit-renewal-reminders";

    /// <summary>The notice types a register run may issue; screening opinions and inspection lists have their own jobs.</summary>
    public static readonly IReadOnlySet<NoticeType> RegisterTypes = new HashSet<NoticeType> { NoticeType.CorrectionDecision, NoticeType.SupervisionLetter, NoticeType.PermitRenewal };

    /// <param name="noticeType">A notice type slug such as <c>supervision-letter</c>.</param>
    /// <param name="asOf">yyyy-MM-dd; default today in Asia/Shanghai.</param>
    public async Task<int> FanOutAsync(string noticeType, string? asOf, CancellationToken ct)
    {
        if (!RegisterTypes.Contains(NoticeTypes.Parse(noticeType)))
        {
            throw new ArgumentException($"'{noticeType}' is not issued by a register run", nameof(noticeType));
        }

        var date = asOf ?? AsOfDate.Text(AsOfDate.Today(clock));
        var batches = await register.EnterpriseBatchesAsync(options.Value.SweepBatchSize, ct);
        foreach (var batch in batches)
        {
            jobs.Enqueue<NoticeBatch>(b => b.RunAsync(batch, noticeType, date, CancellationToken.None));
        }

        logger.LogInformation("{NoticeType} run as of {AsOf}: {Batches} batch(es)", noticeType, date, batches.Count);
        return batches.Count;
    }
}
