using ComplianceEngine.Data.Outbox;
using ComplianceEngine.Data.Receipts;
using Dapper;

namespace ComplianceEngine.Data.Tests.Receipts;

public sealed class NoticeReceiptsTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    // An hour after the test runs, to the second: the outbox is due by the database clock, so delivery happens now and receipt after.
    private static readonly DateTime FirstAt = new(DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond + TimeSpan.TicksPerHour, DateTimeKind.Utc);

    [Fact]
    public async Task AcknowledgeAsync_KeepsTheFirstReceipt_WhenTheEnterpriseAcknowledgesTwice()
    {
        var notice = await StoreNoticeAsync("RC-1");
        await DeliverAsync(notice);
        var receipts = new NoticeReceipts(db.DataSource);

        var first = await receipts.AcknowledgeAsync(notice, "enterprise", "RC-1", "王经理", FirstAt);
        var again = await receipts.AcknowledgeAsync(notice, "enterprise", "RC-1", "李会计", FirstAt.AddHours(3));

        Assert.Equal(new NoticeReceipt(notice, "王经理", FirstAt), first.Receipt);
        Assert.Equal(first, again);
        var stored = Assert.Single((await receipts.ForSubjectAsync("enterprise", "RC-1")).Values);
        Assert.Equal("王经理", stored.AcknowledgedBy);
        Assert.Equal(FirstAt, stored.AcknowledgedAt.ToUniversalTime());
    }

    [Fact]
    public async Task AcknowledgeAsync_RecordsNothing_WhenTheNoticeIsAddressedToAnotherEnterprise()
    {
        var notice = await StoreNoticeAsync("RC-OTHER");
        await DeliverAsync(notice);
        var receipts = new NoticeReceipts(db.DataSource);

        var outcome = await receipts.AcknowledgeAsync(notice, "enterprise", "RC-INTRUDER", "冒名者", FirstAt);

        Assert.Equal(ReceiptOutcome.Refused(ReceiptRefusal.NoSuchNotice), outcome);
        Assert.Empty(await receipts.ForSubjectAsync("enterprise", "RC-OTHER"));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM notice_receipts WHERE notice_id = @Id", new { Id = notice }));
    }

    [Fact]
    public async Task AcknowledgeAsync_RefusesAsNotDelivered_WhenTheOutboxHasNotSentTheNotice()
    {
        var notice = await StoreNoticeAsync("RC-PENDING");
        var receipts = new NoticeReceipts(db.DataSource);

        var pending = await receipts.AcknowledgeAsync(notice, "enterprise", "RC-PENDING", "王经理", FirstAt);
        await DeliverAsync(notice);
        var beforeItWasSent = await receipts.AcknowledgeAsync(notice, "enterprise", "RC-PENDING", "王经理", FirstAt.AddHours(-2));
        var afterDelivery = await receipts.AcknowledgeAsync(notice, "enterprise", "RC-PENDING", "王经理", FirstAt);

        Assert.Equal(ReceiptRefusal.NotDelivered, pending.Refusal);
        Assert.Equal(ReceiptRefusal.NotDelivered, beforeItWasSent.Refusal);
        Assert.Equal(new NoticeReceipt(notice, "王经理", FirstAt), afterDelivery.Receipt);
    }

    [Fact]
    public async Task Insert_IsRejectedByTheDatabase_WhenAWriterBypassesTheStoreForAnUndeliveredNotice()
    {
        var notice = await StoreNoticeAsync("RC-BYPASS");
        await using var connection = await db.DataSource.OpenConnectionAsync();

        var e = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => connection.ExecuteAsync(
            "INSERT INTO notice_receipts (notice_id, acknowledged_by, acknowledged_at) VALUES (@Id, '王经理', now())", new { Id = notice }));

        Assert.Contains("has not been delivered", e.MessageText, StringComparison.Ordinal);
    }

    /// <summary>Delivers notice <paramref name="id"/> now as the drainer does (leased, then marked sent), before <see cref="FirstAt"/>.</summary>
    private async Task DeliverAsync(long id)
    {
        var at = DateTimeOffset.UtcNow;
        var queue = new OutboxQueue(db.DataSource);
        // A lease that ends at once, so other notices of the class stay due for their own tests.
        await queue.ClaimAsync("receipt-test", at, at, 500, []);
        Assert.True(await queue.MarkSentAsync(id, "receipt-test", at));
    }

    private async Task<long> StoreNoticeAsync(string enterpriseId)
    {
        var key = new NoticeKey("enterprise", enterpriseId, "supervision-letter", $"hash-{enterpriseId}", "standing");
        Assert.True(await new NoticeStore(db.DataSource).TryStoreAsync(key, "zh", "南昌市", new DateOnly(2026, 11, 30),
            sequence => new NumberedNotice($"洪环督〔2026〕{sequence}号", "督办提醒函", "<p>督办提醒函</p>")));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT id FROM notices WHERE subject_id = @Id", new { Id = enterpriseId });
    }
}
