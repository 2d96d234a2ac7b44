using Microsoft.Extensions.Logging;
using WellnessAssessment.Storage.Drafts;

namespace WellnessAssessment.Functions.Timers;

/// <summary>
/// Deletes expired drafts, those whose cycle is no longer open (<see cref="DraftExpiry"/>), on the schedule of
/// <see cref="TimerSchedules.DraftExpirySetting"/>. Closing a cycle deletes its drafts; this sweep finishes a close that
/// stopped between its writes, so no resume code outlives its cycle for longer than one interval.
/// </summary>
public sealed partial class DraftExpiryFunction(DraftExpiry expiry, ILogger<DraftExpiryFunction> logger)
{
    /// <summary>The function's name in <c>functions.metadata</c>.</summary>
    public const string Name = "DraftExpiry";

    /// <summary>One sweep; returns how many drafts were deleted.</summary>
    /// <param name="timer">The host's timer information (unused).</param>
    /// <param name="cancellationToken">The host's shutdown.</param>
    [Function(Name)]
    public async Task<int> RunAsync([TimerTrigger("%" + TimerSchedules.DraftExpirySetting + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var deleted = await expiry.SweepAsync(cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            LogExpired(logger, deleted);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} drafts of cycles that are no longer open.")]
    private static partial void LogExpired(ILogger logger, int count);
}
