using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using WellnessAssessment.Service.Outcomes;

namespace WellnessAssessment.Service.Limits;

/// <summary>
/// The per-client abuse limits of every host, one place: fixed windows per <see cref="Allowance"/> and key (a client
/// address key from <see cref="ClientAddresses"/>, a link, a code), held in this instance's memory, so each instance of
/// a scaled-out app counts its own share. A spent allowance is a <see cref="ProblemKind.TooManyRequests"/> problem with
/// a retry-after; nothing else is stored.
/// </summary>
public sealed class ClientLimits : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);
    private const string Safe = " Nothing was stored; your answers are safe on your device. Send them again in a moment.";

    private readonly Dictionary<Allowance, Window> _windows;

    /// <summary>The limits of <see cref="WellnessApiOptions"/> (its <c>Submissions</c> section and the per-minute settings).</summary>
    /// <param name="options">The API's settings.</param>
    public ClientLimits(IOptions<WellnessApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var submissions = settings.Submissions;
        _windows = new Dictionary<Allowance, Window>
        {
            [Allowance.SubmissionsPerAddress] = new(submissions.PerAddressPerMinute, Minute, "Too many requests", "Too many answers were sent from this network in the last minute." + Safe),
            [Allowance.SubmissionsPerLink] = new(submissions.PerLinkPerMinute, Minute, "Too many requests", "Too many answers arrived for this survey in the last minute." + Safe),
            [Allowance.SubmissionsPerCode] = new(submissions.PerCodePerMinute, Minute, "Too many requests", "This invitation code was used too often in the last minute." + Safe),
            [Allowance.WrongCodesPerAddress] = new(submissions.WrongCodesPerAddressPerTenMinutes, TenMinutes, "Too many requests", "Too many wrong invitation codes were sent from this network. Check the code on your slip and try again in a few minutes.", Minute),
            [Allowance.DraftsPerAddress] = new(submissions.DraftsPerAddressPerMinute, Minute, "Too many requests", "Too many drafts were saved from this network in the last minute." + Safe),
            [Allowance.DraftsPerLink] = new(submissions.DraftsPerLinkPerMinute, Minute, "Too many requests", "Too many drafts were saved for this survey in the last minute." + Safe),
            [Allowance.ResumeLookupFailures] = new(settings.ResumeFailuresPerTenMinutes, TenMinutes, "Too many attempts", "Too many resume codes were tried from this address. Wait a few minutes and try again."),
            [Allowance.StatelessRequests] = new(settings.StatelessRequestsPerMinute, Minute, "Too many requests", "Too many requests came from this network in the last minute. Try again in a moment."),
            [Allowance.CatalogRequests] = new(settings.CatalogRequestsPerMinute, Minute, "Too many requests", "Too many requests came from this network in the last minute. Try again in a moment."),
        };
    }

    /// <summary>How many requests <paramref name="allowance"/> lets one key make in its window.</summary>
    /// <param name="allowance">The allowance.</param>
    public int PermitsOf(Allowance allowance) => _windows[allowance].Permits;

    /// <summary>Takes one request from <paramref name="key"/>'s <paramref name="allowance"/>: <see langword="null"/>, or the 429 problem when it is spent.</summary>
    /// <param name="allowance">What is counted.</param>
    /// <param name="key">Whose allowance (a client address key, a link, a code).</param>
    public Problem? Take(Allowance allowance, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var window = _windows[allowance];
        using var lease = window.Limiter.AttemptAcquire(key);
        return lease.IsAcquired ? null : window.TooMany(lease);
    }

    /// <summary>The 429 problem when <paramref name="key"/>'s <paramref name="allowance"/> is spent, without counting this request (failures are counted with <see cref="Count"/>).</summary>
    /// <param name="allowance">What is counted.</param>
    /// <param name="key">Whose allowance.</param>
    public Problem? Check(Allowance allowance, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var window = _windows[allowance];
        using var probe = window.Limiter.AttemptAcquire(key, 0);
        return probe.IsAcquired ? null : window.TooMany(probe);
    }

    /// <summary>Counts one event (a wrong code, a failed lookup) against <paramref name="key"/>'s <paramref name="allowance"/>.</summary>
    /// <param name="allowance">What is counted.</param>
    /// <param name="key">Whose allowance.</param>
    public void Count(Allowance allowance, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var _ = _windows[allowance].Limiter.AttemptAcquire(key);
    }

    /// <summary>Takes one submission from the client's and the link's allowances (the client's first).</summary>
    /// <param name="client">The client address key.</param>
    /// <param name="link">The cycle the link opens.</param>
    public Problem? TakeSubmission(string client, string link) =>
        Take(Allowance.SubmissionsPerAddress, client) ?? Take(Allowance.SubmissionsPerLink, link);

    /// <summary>Takes one draft write from the client's and the link's allowances (the client's first).</summary>
    /// <param name="client">The client address key.</param>
    /// <param name="link">The cycle the link opens.</param>
    public Problem? TakeDraftWrite(string client, string link) =>
        Take(Allowance.DraftsPerAddress, client) ?? Take(Allowance.DraftsPerLink, link);

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var window in _windows.Values)
        {
            window.Limiter.Dispose();
        }
    }

    /// <summary>One allowance: its partitioned fixed window and the words of its refusal.</summary>
    private sealed class Window(int permits, TimeSpan length, string title, string detail, TimeSpan? blockedRetry = null)
    {
        public int Permits { get; } = Math.Max(permits, 1);

        public PartitionedRateLimiter<string> Limiter { get; } = PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(permits, 1),
                Window = length,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

        public Problem TooMany(RateLimitLease lease)
        {
            var retryAfter = blockedRetry ?? (lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : length);
            return new Problem(ProblemKind.TooManyRequests, title, detail) { RetryAfter = retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter };
        }
    }
}
