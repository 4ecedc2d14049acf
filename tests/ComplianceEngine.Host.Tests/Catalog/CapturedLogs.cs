using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ComplianceEngine.Host.Tests.Catalog;

/// <summary>Every log entry of a host, for tests that prove something happened (or did not) on the server side.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public async Task<bool> WaitForAsync(Func<string, bool> message, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            if (Entries.Any(e => message(e.Message)))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Entries.Enqueue((logLevel, category, formatter(state, exception), exception));
    }
}
