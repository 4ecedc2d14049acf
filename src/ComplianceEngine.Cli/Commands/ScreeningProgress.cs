namespace ComplianceEngine.Cli.Commands;

/// <summary>A running count on standard error, only where a person watches (stderr is a terminal), so stdout stays the results.</summary>
internal sealed class ScreeningProgress
{
    private const int Every = 50_000;
    private readonly bool _shown = !Console.IsErrorRedirected;
    private long _count;

    public void Step()
    {
        if (_shown && ++_count % Every == 0)
        {
            Console.Error.Write($"\r筛查 screened {_count:N0} records");
        }
    }

    public void Done()
    {
        if (_shown && _count >= Every)
        {
            Console.Error.WriteLine();
        }
    }
}
