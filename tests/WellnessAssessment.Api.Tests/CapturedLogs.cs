using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WellnessAssessment.Api.Tests;

/// <summary>A logger provider that keeps every entry the app's logging configuration lets through to it.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyCollection<CapturedLog> Entries => _entries;

    public IEnumerable<string> Messages => _entries.Select(entry => $"{entry.Category}: {entry.Message} {entry.Exception}");

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IEnumerable<KeyValuePair<string, object?>>;
            entries.Enqueue(new CapturedLog(category, logLevel, eventId.Id, formatter(state, exception), exception, properties?.ToDictionary(p => p.Key, p => p.Value) ?? []));
        }
    }
}

/// <summary>One captured log entry, with its structured properties.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, int EventId, string Message, Exception? Exception, IReadOnlyDictionary<string, object?> Properties);
