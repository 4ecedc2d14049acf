using ComplianceEngine.Data.Sweeps;

namespace ComplianceEngine.Data.Tests.Sweeps;

public sealed class SweepRunsTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly TimeSpan Minutes = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task ClaimAsync_GrantsOneClaimPerDateAndVersion_WhenClaimedTwiceBeforeOrAfterCompletion()
    {
        var runs = new SweepRuns(db.DataSource);
        var day = new DateOnly(2026, 1, 10);

        var first = await runs.ClaimAsync(day, "v1", Minutes);
        var whileQueueing = await runs.ClaimAsync(day, "v1", Minutes);
        await runs.CompleteAsync(day, "v1", 12);
        var afterCompletion = await runs.ClaimAsync(day, "v1", Minutes);
        var otherVersion = await runs.ClaimAsync(day, "v2", Minutes);

        Assert.Equal((true, false, false, true), (first, whileQueueing, afterCompletion, otherVersion));
        Assert.True(await runs.ExistsAsync(day, "v1"));
        Assert.False(await runs.ExistsAsync(day.AddDays(1), "v1"));
    }

    [Fact]
    public async Task ClaimAsync_GrantsTheClaimAgain_WhenReleasedOrLeftIncompleteLongerThanTheDelay()
    {
        var runs = new SweepRuns(db.DataSource);
        var released = new DateOnly(2026, 2, 10);
        var abandoned = new DateOnly(2026, 2, 11);
        Assert.True(await runs.ClaimAsync(released, "v1", Minutes));
        Assert.True(await runs.ClaimAsync(abandoned, "v1", Minutes));

        await runs.ReleaseAsync(released, "v1");
        var afterRelease = await runs.ClaimAsync(released, "v1", Minutes);
        var tooSoon = await runs.ClaimAsync(abandoned, "v1", Minutes);
        var takenOver = await runs.ClaimAsync(abandoned, "v1", TimeSpan.Zero);

        Assert.Equal((true, false, true), (afterRelease, tooSoon, takenOver));
    }
}
