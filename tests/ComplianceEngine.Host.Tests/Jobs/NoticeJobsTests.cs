using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Host.Jobs;
using ComplianceEngine.Notices;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Jobs;

[Collection(HangfireCollection.Name)]
public sealed class NoticeJobsTests(NoticeJobsHost host) : IClassFixture<NoticeJobsHost>
{
    private const string AsOf = "2026-11-23";
    private static readonly DateOnly Date = new(2026, 11, 23);

    private static readonly Lazy<IReadOnlyList<(EnterpriseRecord Record, EvaluationResult Result)>> Sample = new(() =>
    {
        var ruleSet = RuleSetLoader.Load(HostFactory.RepositoryFile("rules"));
        return [.. RecordReader.Read(File.ReadAllText(HostFactory.RepositoryFile("data", "sample", "enterprises.json")), "enterprises.json").Records
            .Select(p => (EnterpriseRecord)p.Record!).Select(r => (r, ruleSet.Evaluate(r, Date)))];
    });

    [Fact]
    public async Task FanOut_SendsALetterToExactlyTheEnterprisesThePlannerNames_AndARerunAddsNothing()
    {
        await host.ImportSampleAsync();
        var expected = Sample.Value.Where(s => NoticePlanner.For(NoticeType.SupervisionLetter, new ScreenedRecord(s.Record, s.Result), Date) is not null)
            .Select(s => s.Record.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(expected);

        await FanOutAsync("supervision-letter");
        var reminded = await host.ColumnAsync("SELECT subject_id FROM notices WHERE notice_type = 'supervision-letter' ORDER BY subject_id");
        await FanOutAsync("supervision-letter");

        Assert.Equal(expected, reminded);
        Assert.Equal(expected.Length, await host.ScalarAsync("SELECT count(*) FROM notices WHERE notice_type = 'supervision-letter'"));
        // The identity is subject, kind and finding set: no month in the period.
        Assert.All(await host.ColumnAsync("SELECT period FROM notices WHERE notice_type = 'supervision-letter'"), p => Assert.Equal(NoticeRequest.Standing, p));
    }

    [Fact]
    public async Task FanOut_RemindsEveryPermitEnding61To120DaysAhead_AndNoOther()
    {
        await host.ImportSampleAsync();
        // Reminders come before the application deadline (validTo − 60 days), from 120 days before expiry.
        var expected = Sample.Value
            .Where(s => s.Record.Permit is { RenewalAppliedOn: null } p && p.ValidTo.DayNumber - Date.DayNumber is > 60 and <= 120)
            .Select(s => s.Record.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(expected);

        await FanOutAsync("permit-renewal");

        Assert.Equal(expected, await host.ColumnAsync("SELECT subject_id FROM notices WHERE notice_type = 'permit-renewal' ORDER BY subject_id"));
    }

    [Fact]
    public async Task RunAsync_DraftsOneInstrumentPerScreenedProject_AndARerunAddsNothing()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);
        var projects = await File.ReadAllTextAsync(HostFactory.RepositoryFile("data", "sample", "projects.json"));
        var response = await officer.PostAsync($"/api/v1/screenings?asOf={AsOf}", new StringContent(projects, System.Text.Encoding.UTF8, "application/json"));
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var expected = body.RootElement.GetProperty("results").EnumerateArray()
            // Every readable project gets its one instrument: an approval with nothing of its own to meet still gets its 审批意见.
            .Where(r => r.GetProperty("outcome").GetString() != "invalid")
            .Select(r => r.GetProperty("recordId").GetString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(expected);

        var first = await RunAsync<ScreeningOpinions, FillResult>(j => j.RunAsync(CancellationToken.None));
        var second = await RunAsync<ScreeningOpinions, FillResult>(j => j.RunAsync(CancellationToken.None));

        Assert.Equal(expected.Length, first.Inserted);
        Assert.Equal((0, expected.Length), (second.Inserted, second.AlreadyPresent));
        Assert.Equal(expected, await host.ColumnAsync("SELECT subject_id FROM documents WHERE document_type IN ('rejection-decision', 'supplement-request', 'approval-opinion') AND status = 'draft' ORDER BY 1"));
    }

    [Fact]
    public async Task RunAsync_IssuesEachCitysInspectionListOrderedByRiskScore_WhenAModelIsConfigured()
    {
        await host.ImportSampleAsync();
        var cities = Sample.Value.Where(s => s.Result.Outcome is Outcome.Noncompliant or Outcome.Due)
            .Select(s => s.Record.City).Distinct().Order(StringComparer.Ordinal).ToArray();

        var fill = await RunAsync<WeeklyRiskList, FillResult>(j => j.RunAsync(AsOf, CancellationToken.None));

        Assert.Equal(cities.Length, fill.Inserted + fill.AlreadyPresent);
        Assert.Equal(cities, await host.ColumnAsync("SELECT subject_id FROM notices WHERE notice_type = 'inspection-list' ORDER BY subject_id"));
        // The estimated probabilities printed for the ranked entries run from high to low; the random share follows them.
        var text = (await host.ColumnAsync($"SELECT text FROM notices WHERE notice_type = 'inspection-list' AND subject_id = '{cities[0]}'")).Single();
        var firstDrawn = text.IndexOf("）（随机抽取）", StringComparison.Ordinal);
        var ranked = firstDrawn < 0 ? text : text[..firstDrawn];
        var scores = System.Text.RegularExpressions.Regex.Matches(ranked, @"估计违法概率(\d+\.\d)%").Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.NotEmpty(scores);
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Contains("合成数据", text);
        // Beside the rule findings, each scored entry gives the model's own reasons for its score.
        Assert.Equal(scores.Length, System.Text.RegularExpressions.Regex.Matches(ranked, "模型评分依据：[^\n]+").Count);
        // A city with ten or more listed enterprises gets at least one drawn at random, marked and explained.
        var all = await host.ColumnAsync("SELECT text FROM notices WHERE notice_type = 'inspection-list'");
        Assert.Contains(all, t => t.Contains("）（随机抽取）", StringComparison.Ordinal) && t.Contains("双随机、一公开", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_DeliversEveryNoticeToTheDropFolderOnce_WhenDrainedTwice()
    {
        await host.ImportSampleAsync();
        // Letters go out when filled (decisions wait as drafts for an officer, DocumentsApi).
        await FanOutAsync("supervision-letter");
        var pending = await host.ScalarAsync("SELECT count(*) FROM notices WHERE status <> 'sent'");
        Assert.True(pending > 0);

        var first = await RunAsync<NoticeDrain, DrainResult>(j => j.RunAsync(CancellationToken.None));
        var second = await RunAsync<NoticeDrain, DrainResult>(j => j.RunAsync(CancellationToken.None));

        Assert.Equal((pending, 0), ((long)first.Sent, (long)first.Failed));
        Assert.Equal(0, second.Sent);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM notices WHERE status <> 'sent'"));
        Assert.Equal(await host.ScalarAsync("SELECT count(*) FROM notices"), Directory.GetFiles(host.DropFolder, "*.html").Length);
    }

    private async Task FanOutAsync(string noticeType)
    {
        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<NoticeSweep>().FanOutAsync(noticeType, AsOf, CancellationToken.None);
        }

        await host.WaitForJobsAsync();
    }

    private async Task<TResult> RunAsync<TJob, TResult>(Func<TJob, Task<TResult>> run)
        where TJob : notnull
    {
        using var scope = host.Services.CreateScope();
        return await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }
}
