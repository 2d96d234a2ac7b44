using System.Threading.RateLimiting;

namespace WellnessAssessment.Api.Surveys;

/// <summary>
/// Slows down guessing of resume codes: each client address may fail a lookup a few times in a window (10 in 10
/// minutes by default, <c>Wellness:ResumeFailuresPerTenMinutes</c>); past that, lookups from that address are refused
/// until the window ends. Only failures count, so colleagues resuming behind one station address are not held up.
/// </summary>
internal sealed class ResumeGuard(int failuresPerWindow) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = failuresPerWindow,
            Window = Window,
            QueueLimit = 0,
        }));

    /// <summary>Whether lookups from the request's address are refused for now (no failures left in the window).</summary>
    public bool IsBlocked(HttpContext context)
    {
        using var probe = _failures.AttemptAcquire(Address(context), 0);
        return !probe.IsAcquired;
    }

    /// <summary>Counts a failed lookup against the request's address.</summary>
    public void Failed(HttpContext context)
    {
        using var _ = _failures.AttemptAcquire(Address(context), 1);
    }

    public void Dispose() => _failures.Dispose();

    private static string Address(HttpContext context) => Infrastructure.ClientAddress.Of(context);
}
