using ComplianceEngine.Data.Audit;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Jobs;
using ComplianceEngine.Notices;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Rendering;
using ComplianceEngine.Screening;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Jobs;

/// <summary>One evaluation per enterprise per night: the notice jobs plan from the evaluations the sweep stored.</summary>
[Collection(HangfireCollection.Name)]
public sealed class NoticeScreeningTests(NoticeJobsHost host) : IClassFixture<NoticeJobsHost>
{
    private static readonly NoticeType[] RegisterAndLists = [NoticeType.CorrectionDecision, NoticeType.SupervisionLetter, NoticeType.PermitRenewal, NoticeType.InspectionList];

    [Fact]
    public async Task ReadAsync_PlansTheSameNoticesAsAFreshEvaluation_WhenTheSweepStoredTheSample()
    {
        var date = new DateOnly(2026, 11, 23);
        await host.ImportSampleAsync();
        var ruleSet = host.Services.GetRequiredService<RuleSetHolder>().Current;
        var (fresh, unreadable) = await host.Services.GetRequiredService<StoredScreening>().ScreenEnterprisesAsync(ruleSet, null, date);

        var stored = await host.Services.GetRequiredService<SweptEvaluations>().ReadAsync(null, date, ruleSet.Version);

        Assert.Equal(0, unreadable);
        Assert.Empty(stored.Missing);
        Assert.Equal(fresh.Select(s => s.EvaluationId!.Value), stored.Found.Select(s => s.EvaluationId));
        var freshRequests = NoticePlanner.Plan([.. fresh.Select(s => new ScreenedRecord(s.Record, s.Result))], date, RegisterAndLists);
        var storedRequests = NoticePlanner.Plan([.. stored.Found.Select(s => new ScreenedRecord(s.Record, s.Result))], date, RegisterAndLists);
        Assert.Equal(RegisterAndLists.Order(), freshRequests.Select(r => r.Type).Distinct().Order());
        Assert.Equal(freshRequests.Select(Identity), storedRequests.Select(Identity));
        var renderer = host.Services.GetRequiredService<NoticeRenderer>();
        foreach (var (a, b) in freshRequests.Zip(storedRequests))
        {
            foreach (var language in new[] { NoticeLanguage.Chinese, NoticeLanguage.English })
            {
                Assert.Equal(renderer.Render(a, language, 1, a.Type.IsSigned()).Text, renderer.Render(b, language, 1, b.Type.IsSigned()).Text);
            }
        }

        // The grounds an instrument names come from the facts: read back as values, not as JSON elements.
        var freshEvidence = fresh.SelectMany(s => s.Result.Findings).Select(FindingReasons.Evidence).ToArray();
        Assert.Contains(freshEvidence, e => e is { Pollutant: not null, Month: not null, LimitMgM3: not null });
        Assert.Equal(freshEvidence, stored.Found.SelectMany(s => s.Result.Findings).Select(FindingReasons.Evidence));
    }

    [Fact]
    public async Task ForNoticesAsync_EvaluatesNothing_WhenTheSweepStoredTheDate()
    {
        const string asOf = "2026-11-24";
        var date = new DateOnly(2026, 11, 24);
        await host.ImportSampleAsync();
        var ids = await host.ColumnAsync("SELECT id FROM enterprises ORDER BY id");
        using (var scope = host.Services.CreateScope())
        {
            Assert.Equal(ids.Count, await scope.ServiceProvider.GetRequiredService<SweepBatch>().RunAsync([.. ids], asOf, CancellationToken.None));
        }

        var trail = await host.ScalarAsync("SELECT count(*) FROM evaluations");
        // A register row that no longer reads: evaluating the register again would skip it; the sweep's evaluation still names it.
        var broken = ids[0];
        var original = (await host.ColumnAsync($"SELECT record::text FROM enterprises WHERE id = '{broken}'")).Single();
        await host.ColumnAsync($"UPDATE enterprises SET record = '{{\"kind\": \"enterprise\"}}' WHERE id = '{broken}' RETURNING id");
        NoticeScreened screened;
        try
        {
            screened = await ForNoticesAsync(null, date);
        }
        finally
        {
            await host.ColumnAsync($"UPDATE enterprises SET record = '{original.Replace("'", "''", StringComparison.Ordinal)}'::jsonb WHERE id = '{broken}' RETURNING id");
        }

        Assert.Equal((ids.Count, 0), (screened.FromSweep, screened.Evaluated));
        Assert.Equal(ids, screened.Records.Select(r => r.Record.Id));
        Assert.Equal(trail, await host.ScalarAsync("SELECT count(*) FROM evaluations"));
    }

    [Fact]
    public async Task ForNoticesAsync_EvaluatesAndStoresTheMissingOnes_WhenTheSweepHasNotRun()
    {
        var date = new DateOnly(2026, 11, 25);
        await host.ImportSampleAsync();
        var ids = (await host.ColumnAsync("SELECT id FROM enterprises ORDER BY id")).Take(30).ToArray();
        const string count = "SELECT count(*) FROM evaluations WHERE as_of = '2026-11-25'";
        Assert.Equal(0, await host.ScalarAsync(count));

        var first = await ForNoticesAsync(ids, date);
        var second = await ForNoticesAsync(ids, date);

        Assert.Equal((0, ids.Length), (first.FromSweep, first.Evaluated));
        Assert.Equal(ids.Length, await host.ScalarAsync(count));
        Assert.Equal((ids.Length, 0), (second.FromSweep, second.Evaluated));
        Assert.Equal(ids, second.Records.Select(r => r.Record.Id));
    }

    private async Task<NoticeScreened> ForNoticesAsync(IReadOnlyList<string>? ids, DateOnly date)
    {
        using var scope = host.Services.CreateScope();
        var guard = scope.ServiceProvider.GetRequiredService<SetAsideGuard>().For("test", date, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<NoticeScreening>()
            .ForNoticesAsync(host.Services.GetRequiredService<RuleSetHolder>().Current, ids, date, guard, CancellationToken.None);
    }

    private static string Identity(NoticeRequest r) =>
        $"{r.Type}|{r.Subject.Kind}|{r.Subject.Id}|{r.Period}|{r.FindingSetHash}|{r.Outcome}|{r.ReminderStage}|{r.Findings.Count}|{r.Entries.Count}";
}
