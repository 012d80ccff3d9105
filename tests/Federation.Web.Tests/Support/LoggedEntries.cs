using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Federation.Web.Tests.Support;

/// <summary>A logger provider that keeps what the host logs at <see cref="LogLevel.Warning"/> or above, for tests that read the log as an operator would.</summary>
internal sealed class LoggedEntries : ILoggerProvider
{
    readonly ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> entries = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Message, Exception? Exception)> All => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    sealed class Logger(LoggedEntries owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.entries.Enqueue((logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}
