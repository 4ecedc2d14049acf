using ComplianceEngine.Data.Paging;
using ComplianceEngine.Data.Tests;
using ComplianceEngine.Notices.Planning;
using Dapper;

namespace ComplianceEngine.Notices.Tests.Outbox;

public class NoticeOutboxTests : IClassFixture<TestDatabase>
{
    private readonly TestDatabase _db;

    public NoticeOutboxTests(TestDatabase db) => _db = db;

    [Fact]
    public async Task FillAsync_StoresEachNoticeOnce_WhenRunRepeatedlyAndConcurrently()
    {
        var requests = SampleNotices.All();
        var outbox = SampleNotices.Outbox(_db.DataSource);

        // Four jobs at once (a retried job racing the original), then the same job again.
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => outbox.FillAsync(requests))));
        var again = await outbox.FillAsync(requests);

        Assert.Equal(requests.Count, concurrent.Sum(r => r.Inserted));
        Assert.Equal(0, again.Inserted);
        Assert.Equal(requests.Count, again.AlreadyPresent);
        await using var connection = await _db.DataSource.OpenConnectionAsync();
        // Signed instruments wait as drafts for an officer; everything else is in the outbox.
        var decisions = requests.Count(r => r.Type.IsSigned());
        Assert.NotEqual(0, decisions);
        Assert.Equal(requests.Count - decisions, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM notices"));
        Assert.Equal(decisions, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM documents WHERE status = 'draft'"));

        // Numbers run 1..n per authority, kind and year: no gaps from the fills that lost the race.
        var gaps = await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM (SELECT authority_city, number_series, year, max(sequence) AS m, count(*) AS c FROM notices GROUP BY 1, 2, 3) s WHERE m <> c");
        Assert.Equal(0, gaps);
        var numbers = (await connection.QueryAsync<string>("SELECT number FROM notices")).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Contains("赣市环督〔2026〕1号", numbers);
    }

    [Fact]
    public async Task ForSubjectAsync_ReturnsTheEnterprisesOwnNotices_WhenFilled()
    {
        var requests = SampleNotices.All().Where(r => r.Subject.Id == "E-0000001").ToList();
        var outbox = SampleNotices.Outbox(_db.DataSource);
        await outbox.FillAsync(requests);

        var own = await outbox.ForSubjectAsync("enterprise", "E-0000001");

        Assert.Equal(requests.Count, own.Count);
        Assert.All(own, n => Assert.Contains("抚州达恒包装印刷有限公司", n.Text));
        Assert.All(own, n => Assert.DoesNotContain("草稿", n.Text));
    }

    [Fact]
    public async Task ForSubjectAsync_PagesNewestFirstWithTheTotal_WhenAskedForOnePageAtATime()
    {
        // One subject with two notices: a letter, and the same letter for a later period (signed instruments are drafts, not notices).
        // Not E-0000001, whose notices another test of this class counts on the same database.
        var letter = SampleNotices.All().Last(r => !r.Type.IsSigned() && r.Subject.Id != "E-0000001");
        List<NoticeRequest> requests = [letter, letter with { Period = letter.Period + "-later" }];
        var (kind, id) = (requests[0].Subject.Kind, requests[0].Subject.Id);
        var outbox = SampleNotices.Outbox(_db.DataSource);
        await outbox.FillAsync(requests);
        var all = await outbox.ForSubjectAsync(kind, id);

        var first = await outbox.ForSubjectAsync(kind, id, new PageRequest(1, 1));
        var second = await outbox.ForSubjectAsync(kind, id, new PageRequest(2, 1));
        var pastTheEnd = await outbox.ForSubjectAsync(kind, id, new PageRequest(all.Count + 1, 1));

        Assert.True(all.Count >= 2, $"the sample needs two notices for one subject, the most is {all.Count}");
        Assert.All([first, second, pastTheEnd], p => Assert.Equal(all.Count, p.Total));
        Assert.Equal([all[0].Id, all[1].Id], [first.Rows.Single().Id, second.Rows.Single().Id]);
        Assert.Empty(pastTheEnd.Rows);
    }
}
