using ComplianceEngine.Data.Outbox;
using ComplianceEngine.Data.Receipts;
using Dapper;

namespace ComplianceEngine.Data.Tests.Receipts;

public sealed class NoticeReceiptsTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly DateTime FirstAt = new(2026, 11, 30, 2, 15, 0, DateTimeKind.Utc);

    [Fact]
    public async Task AcknowledgeAsync_KeepsTheFirstReceipt_WhenTheEnterpriseAcknowledgesTwice()
    {
        var notice = await StoreNoticeAsync("RC-1");
        var receipts = new NoticeReceipts(db.DataSource);

        var first = await receipts.AcknowledgeAsync(notice, "enterprise", "RC-1", "王经理", FirstAt);
        var again = await receipts.AcknowledgeAsync(notice, "enterprise", "RC-1", "李会计", FirstAt.AddHours(3));

        Assert.Equal(new NoticeReceipt(notice, "王经理", FirstAt), first);
        Assert.Equal(first, again);
        var stored = Assert.Single((await receipts.ForSubjectAsync("enterprise", "RC-1")).Values);
        Assert.Equal("王经理", stored.AcknowledgedBy);
        Assert.Equal(FirstAt, stored.AcknowledgedAt.ToUniversalTime());
    }

    [Fact]
    public async Task AcknowledgeAsync_RecordsNothing_WhenTheNoticeIsAddressedToAnotherEnterprise()
    {
        var notice = await StoreNoticeAsync("RC-OTHER");
        var receipts = new NoticeReceipts(db.DataSource);

        var receipt = await receipts.AcknowledgeAsync(notice, "enterprise", "RC-INTRUDER", "冒名者", FirstAt);

        Assert.Null(receipt);
        Assert.Empty(await receipts.ForSubjectAsync("enterprise", "RC-OTHER"));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM notice_receipts WHERE notice_id = @Id", new { Id = notice }));
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
