using Microsoft.Extensions.Logging;
using WellnessAssessment.Storage.Responses;

namespace WellnessAssessment.Functions.Timers;

/// <summary>
/// Deletes the due staging partitions of replaced or abandoned imports (<see cref="StagingCleanup"/>), on the schedule
/// of <see cref="TimerSchedules.StagingCleanupSetting"/>. A timer runs on a plan scaled to zero (the host wakes the app),
/// where the ASP.NET Core host's background sweep would never run. A failed sweep fails the invocation (the host logs
/// it); the next one finds the same due records.
/// </summary>
public sealed partial class StagingCleanupFunction(StagingCleanup cleanup, ILogger<StagingCleanupFunction> logger)
{
    /// <summary>The function's name in <c>functions.metadata</c>.</summary>
    public const string Name = "StagingCleanup";

    /// <summary>One sweep; returns how many staging partitions were deleted.</summary>
    /// <param name="timer">The host's timer information (unused: a sweep deletes whatever is due, however late it runs).</param>
    /// <param name="cancellationToken">The host's shutdown.</param>
    [Function(Name)]
    public async Task<int> RunAsync([TimerTrigger("%" + TimerSchedules.StagingCleanupSetting + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var deleted = await cleanup.SweepAsync(cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            LogSwept(logger, deleted);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} staging partitions of replaced or abandoned imports.")]
    private static partial void LogSwept(ILogger logger, int count);
}
