using ComplianceEngine.Data.Outbox;
using System.Net;
using System.Text.Json;
using ComplianceEngine.Data.Tests;
using ComplianceEngine.Notices.Outbox;
using Dapper;

namespace ComplianceEngine.Notices.Tests.Outbox;

public sealed class WebhookChannelTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task DrainAsync_PostsEachNoticeWithItsIdempotencyKeyAndRetriesRefusals_WhenTheReceiverFailsFirst()
    {
        await SampleNotices.Outbox(_db.DataSource).FillAsync(SampleNotices.Deliverable().Take(2).ToList());
        using var receiver = new WebhookReceiver(HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        using var http = new HttpClient();
        var delivery = new NoticeDelivery(new OutboxQueue(_db.DataSource), new WebhookChannel(http, receiver.Url), new DeliveryOptions { BaseDelay = TimeSpan.FromHours(1) });

        var first = await delivery.DrainAsync();
        await using var connection = await _db.DataSource.OpenConnectionAsync();
        var errors = (await connection.QueryAsync<string>("SELECT last_error FROM notices")).ToList();
        await connection.ExecuteAsync("UPDATE notices SET next_attempt_at = now() - interval '1 second'");
        var retry = await delivery.DrainAsync();

        Assert.Equal(new DrainResult(0, 2), first);
        Assert.All(errors, e => Assert.Contains("503", e, StringComparison.Ordinal));
        Assert.Equal(new DrainResult(2, 0), retry);
        Assert.Equal(4, receiver.Received.Count);
        // A notice carries the same key on every attempt, so a receiver can drop a resend.
        var ids = await connection.QueryAsync<long>("SELECT id FROM notices ORDER BY id");
        Assert.Equal(ids.Select(id => $"notice-{id}").Order(), receiver.Received.Select(r => r.IdempotencyKey).Distinct().Order());
        using var delivered = JsonDocument.Parse(receiver.Received[^1].Body);
        Assert.False(string.IsNullOrEmpty(delivered.RootElement.GetProperty("number").GetString()));
        Assert.False(string.IsNullOrEmpty(delivered.RootElement.GetProperty("html").GetString()));
        // One JSON style: the notice's Chinese characters travel as is, not as \u escapes.
        Assert.Contains(receiver.Received[^1].Body, c => c is >= '\u4e00' and <= '\u9fff');
        Assert.DoesNotMatch(@"\\u(4[e-f]|[5-9][0-9a-f])[0-9a-f]{2}", receiver.Received[^1].Body);
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM notices WHERE status = 'sent' AND attempts = 2"));
    }
}
