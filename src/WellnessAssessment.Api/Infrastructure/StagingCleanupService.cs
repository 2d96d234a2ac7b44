using Azure;
using WellnessAssessment.Storage.Responses;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>
/// Sweeps due staging partitions of replaced or abandoned imports (<see cref="StagingCleanup"/>) every
/// <see cref="Interval"/> while the API runs, on the injected clock. A failed sweep is logged and tried again next time.
/// </summary>
internal sealed partial class StagingCleanupService(StagingCleanup cleanup, TimeProvider clock, ILogger<StagingCleanupService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await SweepOnceAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SweepOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var deleted = await cleanup.SweepAsync(stoppingToken).ConfigureAwait(false);
            if (deleted > 0)
            {
                LogSwept(logger, deleted);
            }
        }
        catch (Exception exception) when (exception is RequestFailedException or HttpRequestException or AggregateException)
        {
            LogSweepFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} staging partitions of replaced or abandoned imports.")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping staging partitions failed; it is tried again at the next interval.")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
