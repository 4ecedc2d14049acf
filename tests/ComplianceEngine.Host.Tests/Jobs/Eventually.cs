namespace ComplianceEngine.Host.Tests.Jobs;

/// <summary>Polls a condition until it holds or a generous deadline passes; the machine is shared, so no fixed sleeps.</summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>Returns once <paramref name="condition"/> holds; otherwise fails with <paramref name="describe"/>'s account of the state.</summary>
    public static async Task HoldsAsync(string what, Func<Task<bool>> condition, Func<Task<string>> describe)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"timed out waiting until {what}\n{await describe()}");
            }

            await Task.Delay(100);
        }
    }
}
