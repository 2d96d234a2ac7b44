using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;

namespace WellnessAssessment.Api.Surveys;

/// <summary>
/// Abuse limits on submissions, per client address, per respondent link and per invitation code, and on wrong codes
/// per address (guessing). Fixed windows held in this instance's memory: each instance of a scaled-out app counts its
/// own share, so the limits are per instance.
/// </summary>
internal sealed class SubmissionLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perLink;
    private readonly PartitionedRateLimiter<string> _perCode;
    private readonly PartitionedRateLimiter<string> _wrongCodes;
    private readonly PartitionedRateLimiter<string> _draftsPerAddress;
    private readonly PartitionedRateLimiter<string> _draftsPerLink;

    public SubmissionLimits(IOptions<SubmissionLimitOptions> options)
    {
        var limits = options.Value;
        _perAddress = Create(limits.PerAddressPerMinute, TimeSpan.FromMinutes(1));
        _perLink = Create(limits.PerLinkPerMinute, TimeSpan.FromMinutes(1));
        _perCode = Create(limits.PerCodePerMinute, TimeSpan.FromMinutes(1));
        _wrongCodes = Create(limits.WrongCodesPerAddressPerTenMinutes, TimeSpan.FromMinutes(10));
        _draftsPerAddress = Create(limits.DraftsPerAddressPerMinute, TimeSpan.FromMinutes(1));
        _draftsPerLink = Create(limits.DraftsPerLinkPerMinute, TimeSpan.FromMinutes(1));
    }

    /// <summary>Takes one draft write from the address's and the link's allowance; a 429 problem when either is spent.</summary>
    public ProblemHttpResult? DraftWrite(HttpContext http, string link) =>
        Take(_draftsPerAddress, ClientAddress.Of(http), http, "Too many drafts were saved from this network in the last minute.")
        ?? Take(_draftsPerLink, link, http, "Too many drafts were saved for this survey in the last minute.");

    /// <summary>Takes one submission from the address's and the link's allowance; a 429 problem when either is spent.</summary>
    public ProblemHttpResult? Submission(HttpContext http, string token) =>
        Take(_perAddress, ClientAddress.Of(http), http, "Too many answers were sent from this network in the last minute.")
        ?? Take(_perLink, token, http, "Too many answers arrived for this survey in the last minute.");

    /// <summary>Takes one submission from the code's allowance.</summary>
    public ProblemHttpResult? Code(HttpContext http, string normalizedCode) =>
        Take(_perCode, normalizedCode, http, "This invitation code was used too often in the last minute.");

    /// <summary>A 429 problem when the address has sent too many wrong codes lately (it is not counted here).</summary>
    public ProblemHttpResult? GuessingBlocked(HttpContext http)
    {
        var limiter = _wrongCodes.GetStatistics(ClientAddress.Of(http));
        return limiter is { CurrentAvailablePermits: <= 0 }
            ? TooMany(http, TimeSpan.FromMinutes(1), "Too many wrong invitation codes were sent from this network. Check the code on your slip and try again in a few minutes.")
            : null;
    }

    /// <summary>Counts a wrong or already-used code against the address.</summary>
    public void WrongCode(HttpContext http)
    {
        using var _ = _wrongCodes.AttemptAcquire(ClientAddress.Of(http));
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perLink.Dispose();
        _perCode.Dispose();
        _wrongCodes.Dispose();
        _draftsPerAddress.Dispose();
        _draftsPerLink.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(permits, 1),
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private static ProblemHttpResult? Take(PartitionedRateLimiter<string> limiter, string key, HttpContext http, string detail)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        return TooMany(http, retryAfter, $"{detail} Nothing was stored; your answers are safe on your device. Send them again in a moment.");
    }

    private static ProblemHttpResult TooMany(HttpContext http, TimeSpan retryAfter, string detail)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");
    }
}
