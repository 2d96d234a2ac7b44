namespace WellnessAssessment.Functions.Timers;

/// <summary>
/// The schedules of the timer-triggered sweeps: six-field NCRONTAB expressions (second minute hour day month weekday,
/// UTC unless <c>WEBSITE_TIME_ZONE</c> says otherwise) read by the Functions host from the app settings named here
/// (binding expressions: the host resolves <c>%Wellness:Timers:StagingCleanup%</c> from the app setting
/// <c>Wellness__Timers__StagingCleanup</c>). The host refuses to index a timer whose setting is missing, so the
/// defaults below are in <c>local.settings.sample.json</c> and in the README's deployment steps.
/// </summary>
internal static class TimerSchedules
{
    /// <summary>The app setting of the staging cleanup's schedule.</summary>
    public const string StagingCleanupSetting = "Wellness:Timers:StagingCleanup";

    /// <summary>The app setting of the draft expiry's schedule.</summary>
    public const string DraftExpirySetting = "Wellness:Timers:DraftExpiry";

    /// <summary>Every five minutes, as the ASP.NET Core host's background sweep: a replaced import is due 15 minutes after it was replaced.</summary>
    public const string StagingCleanupDefault = "0 */5 * * * *";

    /// <summary>Every hour at minute 17: drafts of a cycle that closed are normally deleted by the close itself; this sweep only finishes an interrupted close.</summary>
    public const string DraftExpiryDefault = "0 17 * * * *";
}
