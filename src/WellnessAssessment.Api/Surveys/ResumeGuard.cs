using WellnessAssessment.Http.Access;
using WellnessAssessment.Service.Limits;

namespace WellnessAssessment.Api.Surveys;

/// <summary>
/// Slows down guessing of resume codes: each client address may fail a lookup a few times in a window (10 in 10
/// minutes by default, <c>Wellness:ResumeFailuresPerTenMinutes</c>); past that, lookups from that address are refused
/// until the window ends. Only failures count, so colleagues resuming behind one station address are not held up.
/// The counting is <see cref="ClientLimits"/>' <see cref="Allowance.ResumeLookupFailures"/>.
/// </summary>
internal sealed class ResumeGuard(ClientLimits limits)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>Whether lookups from the request's address are refused for now (no failures left in the window).</summary>
    public bool IsBlocked(HttpContext context) => limits.Check(Allowance.ResumeLookupFailures, HttpClientAddress.KeyOf(context)) is not null;

    /// <summary>Counts a failed lookup against the request's address.</summary>
    public void Failed(HttpContext context) => limits.Count(Allowance.ResumeLookupFailures, HttpClientAddress.KeyOf(context));
}
