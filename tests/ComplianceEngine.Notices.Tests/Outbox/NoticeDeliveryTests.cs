using ComplianceEngine.Data.Outbox;
using ComplianceEngine.Data.Tests;
using ComplianceEngine.Notices.Outbox;
using Dapper;

namespace ComplianceEngine.Notices.Tests.Outbox;

public sealed class NoticeDeliveryTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();
    private readonly string _root = Path.Combine(Path.GetTempPath(), "notice-drop-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        Directory.CreateDirectory(_root);
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task DrainAsync_RetriesWithBackoffAndLosesNothing_WhenTheChannelFailsThenRecovers()
    {
        var requests = SampleNotices.Deliverable().Take(3).ToList();
        await SampleNotices.Outbox(_db.DataSource).FillAsync(requests);
        // A real failure: the drop folder's path is taken by a file, so the channel cannot create it.
        var folder = Path.Combine(_root, "drop");
        await File.WriteAllTextAsync(folder, "in the way");
        var delivery = new NoticeDelivery(new OutboxQueue(_db.DataSource), new FileDropChannel(folder), new DeliveryOptions { BaseDelay = TimeSpan.FromHours(1) });

        var first = await delivery.DrainAsync();
        var tooEarly = await delivery.DrainAsync();

        Assert.Equal(new DrainResult(0, 3), first);
        Assert.Equal(new DrainResult(0, 0), tooEarly);
        await using var connection = await _db.DataSource.OpenConnectionAsync();
        var state = (await connection.QueryAsync<(string Status, int Attempts, string? Error, bool Later)>(
            "SELECT status, attempts, last_error, next_attempt_at > now() + interval '50 minutes' FROM notices")).ToList();
        Assert.All(state, s => Assert.Equal(("failed", 1, true), (s.Status, s.Attempts, s.Later)));
        Assert.All(state, s => Assert.False(string.IsNullOrEmpty(s.Error)));

        // The folder comes back and the back-off elapses (moved forward in the database rather than waited for).
        File.Delete(folder);
        await connection.ExecuteAsync("UPDATE notices SET next_attempt_at = now() - interval '1 second'");
        var retry = await delivery.DrainAsync();

        Assert.Equal(new DrainResult(3, 0), retry);
        Assert.Equal(3, Directory.GetFiles(folder, "*.html").Length);
        Assert.Equal(3, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM notices WHERE status = 'sent' AND attempts = 2 AND last_error IS NULL"));
    }

    [Fact]
    public async Task DrainAsync_SendsEachNoticeOnce_WhenTwoDrainersRunAtOnce()
    {
        var requests = SampleNotices.Deliverable();
        await SampleNotices.Outbox(_db.DataSource).FillAsync(requests);
        var a = Path.Combine(_root, "a");
        var b = Path.Combine(_root, "b");
        var options = new DeliveryOptions { BatchSize = 5 };

        var results = await Task.WhenAll(
            Task.Run(() => new NoticeDelivery(new OutboxQueue(_db.DataSource), new FileDropChannel(a), options).DrainAsync()),
            Task.Run(() => new NoticeDelivery(new OutboxQueue(_db.DataSource), new FileDropChannel(b), options).DrainAsync()));

        var inA = Directory.Exists(a) ? Directory.GetFiles(a).Select(Path.GetFileName).ToHashSet() : [];
        var inB = Directory.Exists(b) ? Directory.GetFiles(b).Select(Path.GetFileName).ToHashSet() : [];
        Assert.Equal(requests.Count, results.Sum(r => r.Sent));
        Assert.Equal(requests.Count, inA.Count + inB.Count);
        Assert.Empty(inA.Intersect(inB));
        await using var connection = await _db.DataSource.OpenConnectionAsync();
        Assert.Equal(requests.Count, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM notices WHERE status = 'sent' AND attempts = 1"));
    }

    [Fact]
    public async Task DrainAsync_DeliversLeasedNoticesOnce_WhenTheLeaseOfADeadDrainerExpires()
    {
        // Decisions are drafts until issued and never reach the outbox: three notices that do.
        var requests = SampleNotices.All().Where(r => !r.Type.IsSigned()).Take(3).ToList();
        await SampleNotices.Outbox(_db.DataSource).FillAsync(requests);
        // A drainer claims the batch and dies before sending: its lease holds the notices back from others until it ends.
        var queue = new OutboxQueue(_db.DataSource);
        var now = DateTimeOffset.UtcNow;
        var claimed = await queue.ClaimAsync("dead-drainer", now, now + TimeSpan.FromMinutes(10), 10, []);
        var folder = Path.Combine(_root, "drop");
        var delivery = new NoticeDelivery(new OutboxQueue(_db.DataSource), new FileDropChannel(folder));

        var whileLeased = await delivery.DrainAsync();
        await using var connection = await _db.DataSource.OpenConnectionAsync();
        // The lease ends (moved back in the database rather than waited for).
        await connection.ExecuteAsync("UPDATE notices SET claimed_until = now() - interval '1 second'");
        var afterExpiry = await delivery.DrainAsync();
        var lateMark = await queue.MarkSentAsync(claimed[0].Id, "dead-drainer", DateTimeOffset.UtcNow);

        Assert.Equal(3, claimed.Count);
        Assert.Equal(new DrainResult(0, 0), whileLeased);
        Assert.Equal(new DrainResult(3, 0), afterExpiry);
        Assert.False(lateMark);
        Assert.Equal(3, Directory.GetFiles(folder).Length);
        Assert.Equal(3, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM notices WHERE status = 'sent' AND attempts = 1 AND claimed_by IS NULL AND claimed_until IS NULL"));
    }
}
